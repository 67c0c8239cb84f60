using System.Formats.Tar;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Corroborate.Analysis.Ingest.Web;

namespace Corroborate.Evaluation.Extraction;

/// <summary>Options for <see cref="TrafilaturaEvaluation"/>.</summary>
public sealed record ExtractionEvalOptions
{
    /// <summary>Folder holding evaldata.json and trafilatura_eval_corpus.tar.gz.</summary>
    public required string Directory { get; init; }

    /// <summary>Score every n-th page (by sorted URL) — 1 scores all. A deterministic subsample for quick runs.</summary>
    public int Every { get; init; } = 1;
}

/// <summary>
/// Per-page outcome, for error analysis: the must-have snippets that were not found (<paramref name="Missed"/>) and
/// the must-not snippets that were (<paramref name="Leaked"/>) are listed so misses can be grouped by cause.
/// </summary>
public sealed record ExtractionPageResult(string Url, string File, int TruePositives, int FalseNegatives, int FalsePositives,
    int TrueNegatives, string? GoldDate, string? PredictedDate, string Text)
{
    public IReadOnlyList<string> Missed { get; init; } = [];

    public IReadOnlyList<string> Leaked { get; init; } = [];
}

/// <summary>
/// trafilatura's own evaluation: each page lists snippets that must appear in the extracted text ("with") and
/// snippets that must not ("without"); a found must-have is a true positive, a missing one a false negative, a
/// found must-not a false positive. Precision, recall and F1 are computed over all snippets of all pages, as
/// trafilatura's tests/comparison.py does. The pages are read straight from the tarball as a stream.
/// Published-date accuracy (same calendar day) is measured on pages whose gold record has a full date.
/// </summary>
public static class TrafilaturaEvaluation
{
    /// <summary>trafilatura's F1 on its published 750-page comparison table, and Readability's.</summary>
    public const double TrafilaturaPublishedF1 = 0.909;
    public const double ReadabilityPublishedF1 = 0.801;

    public static EvalReport Run(ExtractionEvalOptions options, List<ExtractionPageResult>? pages = null)
    {
        var gold = LoadGold(Path.Combine(options.Directory, "evaldata.json"), options.Every);
        var byFile = new Dictionary<string, List<GoldPage>>(StringComparer.Ordinal);
        foreach (var g in gold)
        {
            if (!byFile.TryGetValue(g.File, out var list)) byFile[g.File] = list = [];
            list.Add(g);
        }

        int tp = 0, fn = 0, fp = 0, tn = 0, dated = 0, dateRight = 0, dateEither = 0, dateFound = 0, seen = 0;
        long htmlBytes = 0;
        var reader = new HtmlReader();
        var results = new List<ExtractionPageResult>();
        using (var file = File.OpenRead(Path.Combine(options.Directory, "trafilatura_eval_corpus.tar.gz")))
        using (var gz = new GZipStream(file, CompressionMode.Decompress))
        using (var tar = new TarReader(gz))
        {
            while (tar.GetNextEntry() is { } entry)
            {
                if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || entry.DataStream is null) continue;
                var name = Path.GetFileName(entry.Name);
                if (!entry.Name.StartsWith("tests/", StringComparison.Ordinal) || !byFile.TryGetValue(name, out var items)) continue;
                using var ms = new MemoryStream();
                entry.DataStream.CopyTo(ms);
                var bytes = ms.ToArray();
                foreach (var item in items)
                {
                    var doc = reader.ReadPage(name, bytes, null, item.Url);
                    htmlBytes += bytes.Length;
                    seen++;
                    var text = doc.Text;
                    int ptp = 0, pfn = 0, pfp = 0, ptn = 0;
                    var missed = new List<string>();
                    var leaked = new List<string>();
                    foreach (var w in item.With) { if (text.Contains(w, StringComparison.Ordinal)) ptp++; else { pfn++; missed.Add(w); } }
                    foreach (var w in item.Without) { if (text.Contains(w, StringComparison.Ordinal)) { pfp++; leaked.Add(w); } else ptn++; }
                    tp += ptp; fn += pfn; fp += pfp; tn += ptn;
                    string? predicted = doc.Metadata.Published.Value is { IsDay: true } v ? v.ToString() : null;
                    if (item.Date is { Length: 10 })
                    {
                        dated++;
                        if (predicted is not null) dateFound++;
                        if (predicted == item.Date) dateRight++;
                        if (predicted == item.Date || (doc.Metadata.Modified.Value is { IsDay: true } mv && mv.ToString() == item.Date)) dateEither++;
                    }

                    results.Add(new ExtractionPageResult(item.Url, name, ptp, pfn, pfp, ptn, item.Date, predicted, text)
                    {
                        Missed = missed,
                        Leaked = leaked,
                    });
                }

                byFile.Remove(name);
            }
        }

        results.Sort((a, b) => string.CompareOrdinal(a.Url, b.Url));
        pages?.AddRange(results);
        double precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        double accuracy = (double)(tp + tn) / Math.Max(1, tp + tn + fp + fn);
        var rows = new List<EvalRow>
        {
            new("precision", precision),
            new("recall", recall),
            new("f1", f1, "trafilatura (published, 750-page table)", TrafilaturaPublishedF1),
            new("accuracy", accuracy),
            new("date_accuracy", dated == 0 ? 0 : (double)dateRight / dated),
            new("date_coverage", dated == 0 ? 0 : (double)dateFound / dated),

            // The gold dates come from htmldate, which by default reports the latest date a page carries: on some
            // pages that is the modification date. This row shows how many misses are that disagreement.
            new("date_accuracy_published_or_modified", dated == 0 ? 0 : (double)dateEither / dated),
        };
        var notes = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{seen} pages scored ({htmlBytes / 1e6:0.0} MB of HTML); snippets: tp {tp}, fn {fn}, fp {fp}, tn {tn}"),
            string.Create(CultureInfo.InvariantCulture, $"readability's published F1 on the same table: {ReadabilityPublishedF1:0.000}; trafilatura's pinned CI floor on this set ≈0.92"),
            string.Create(CultureInfo.InvariantCulture, $"date accuracy: same calendar day on {dated} pages with a full gold date"),
        };
        if (byFile.Count > 0) notes.Add($"{byFile.Count} pages listed in evaldata.json were not in the tarball");
        return new EvalReport("Extraction (trafilatura evaluation set)", options.Directory, rows, notes);
    }

    private sealed record GoldPage(string Url, string File, string[] With, string[] Without, string? Date);

    private static List<GoldPage> LoadGold(string path, int every)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var all = new List<GoldPage>();
        foreach (var p in json.RootElement.EnumerateObject())
        {
            var v = p.Value;
            string[] Strings(string key) => v.TryGetProperty(key, out var a) && a.ValueKind == JsonValueKind.Array
                ? [.. a.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!)]
                : [];
            var date = v.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
            all.Add(new GoldPage(p.Name, v.GetProperty("file").GetString()!, Strings("with"), Strings("without"), date));
        }

        all.Sort((a, b) => string.CompareOrdinal(a.Url, b.Url));
        return every <= 1 ? all : [.. all.Where((_, i) => i % every == 0)];
    }
}
