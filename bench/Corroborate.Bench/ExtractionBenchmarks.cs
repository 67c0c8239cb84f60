using System.Formats.Tar;
using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using Corroborate.Analysis.Ingest.Web;
using Corroborate.Evaluation;

namespace Corroborate.Bench;

/// <summary>
/// HTML extraction throughput on one core: the first 150 pages of the trafilatura evaluation tarball (real news
/// and blog pages, ~20 MB), decoded and extracted one after another. MB/s = total bytes / mean time; the total is
/// printed in GlobalSetup. Skips (empty input) when ../shared/data is absent.
/// `dotnet run -c Release --project bench/Corroborate.Bench -- --filter '*ExtractionBenchmarks*'`
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private readonly List<byte[]> _pages = [];
    private readonly HtmlReader _reader = new();

    [GlobalSetup]
    public void Setup()
    {
        var dir = SharedData.Find("extraction", "trafilatura_eval");
        if (dir is null) return;
        using var file = File.OpenRead(Path.Combine(dir, "trafilatura_eval_corpus.tar.gz"));
        using var gz = new GZipStream(file, CompressionMode.Decompress);
        using var tar = new TarReader(gz);
        while (_pages.Count < 150 && tar.GetNextEntry() is { } e)
        {
            if (e.DataStream is null || !e.Name.EndsWith(".html", StringComparison.Ordinal)) continue;
            using var ms = new MemoryStream();
            e.DataStream.CopyTo(ms);
            _pages.Add(ms.ToArray());
        }

        Console.WriteLine($"// ExtractionBenchmarks: {_pages.Count} pages, {_pages.Sum(p => (long)p.Length) / 1e6:0.00} MB");
    }

    [Benchmark]
    public int ExtractPages()
    {
        int chars = 0;
        foreach (var p in _pages) chars += _reader.ReadPage("bench.html", p, null, null).Text.Length;
        return chars;
    }
}
