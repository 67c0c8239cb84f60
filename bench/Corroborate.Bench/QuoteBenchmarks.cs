using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Corroborate.Analysis;
using Corroborate.Analysis.Quotes;
using Corroborate.Evaluation;
using Corroborate.Model;
using Corroborate.Pipeline;

namespace Corroborate.Bench;

/// <summary>
/// Throughput of the quote stage alone on segmented articles (BBC corpus when ../shared/data is present, else
/// generated news-like text). Words/s = Words / mean time; the setup prints the word count.
/// Run: dotnet run -c Release --project bench/Corroborate.Bench -- --filter '*QuoteBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class QuoteBenchmarks
{
    private readonly QuotesStage _stage = new();
    private Document[] _documents = [];

    public long Words { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var pipeline = new PipelineBuilder().UseDefaults(CleanMode.None).Build();
        var texts = LoadTexts();
        _documents = [.. texts.Select((t, i) =>
        {
            var d = pipeline.Run(Document.FromText("b" + i, "bench", t));
            return d with { Produced = d.Produced.Add(Layers.Entities) };
        })];
        Words = _documents.Sum(d => (long)d.Tokens.Count(t => t.Kind == TokenKind.Word));
        Console.WriteLine($"// QuoteBenchmarks: {_documents.Length} documents, {Words} words per operation");
    }

    [Benchmark]
    public int AnnotateAll()
    {
        int quotes = 0;
        foreach (var d in _documents) quotes += _stage.Annotate(d, CancellationToken.None).Quotes.Length;
        return quotes;
    }

    private static List<string> LoadTexts()
    {
        var file = SharedData.Find("corpus", "bbc2225.jsonl");
        if (file is not null)
        {
            return [.. File.ReadLines(file).Take(300).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString() ?? "")];
        }

        // Invented news-like paragraphs with direct, partial and reported speech.
        string para = "“The harbour will reopen next week,” port director Ana Ortiz said on Monday. " +
            "She told reporters that repairs had cost more than expected, and called the delay a “serious failure”. " +
            "According to the transport ministry, 40 ships were diverted, while unions say 300 jobs are at risk.\n\n";
        return [.. Enumerable.Range(0, 300).Select(_ => string.Concat(Enumerable.Repeat(para, 8)))];
    }
}
