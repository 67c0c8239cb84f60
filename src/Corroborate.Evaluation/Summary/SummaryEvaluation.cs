using System.Text.Json;
using Corroborate.Analysis;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Stories.Briefs;

namespace Corroborate.Evaluation.Summary;

/// <summary>
/// `corroborate eval summary --multinews FILE [--words N] [--every K]`: for each cluster, the story summary
/// (<see cref="SummaryBuilder"/> over the cluster's documents analysed by the default pipeline) and a lead
/// baseline (first sentences of each document in turn) are both cut to the same number of words and scored
/// against the human summary with the same ROUGE code.
/// </summary>
public static class SummaryEvaluation
{
    /// <summary>Words both candidates are cut to; Multi-News references average about 230 words.</summary>
    public const int DefaultWords = 250;

    public static EvalReport Run(string path, int words = DefaultWords, int every = 1, int offset = 0, CancellationToken ct = default)
    {
        var clusters = new List<(string Id, string[] Docs, string Reference)>();
        int k = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            if (k++ % every != offset) continue;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            clusters.Add((root.GetProperty("id").GetString() ?? "", root.GetProperty("documents").EnumerateArray().Select(e => e.GetString() ?? "").ToArray(),
                root.GetProperty("summary").GetString() ?? ""));
        }

        var pipeline = new PipelineBuilder().UseDefaults().Build();
        var scores = new double[clusters.Count, 6];
        Parallel.For(0, clusters.Count, new ParallelOptions { CancellationToken = ct }, c =>
        {
            var docs = clusters[c].Docs.Where(t => t.Trim().Length > 0)
                .Select((t, i) => pipeline.Run(Document.FromText($"d{i + 1}", clusters[c].Id, t), ct)).ToList();
            var ids = docs.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            var system = string.Join(' ', SummaryBuilder.Build(docs, ids, words).Select(l => l.Text));
            var lead = Lead(docs, words);
            var reference = Rouge.Tokens(clusters[c].Reference);
            var sys = Rouge.Tokens(system).Take(words).ToList();
            var led = Rouge.Tokens(lead).Take(words).ToList();
            scores[c, 0] = Rouge.N(sys, reference, 1);
            scores[c, 1] = Rouge.N(sys, reference, 2);
            scores[c, 2] = Rouge.L(sys, reference);
            scores[c, 3] = Rouge.N(led, reference, 1);
            scores[c, 4] = Rouge.N(led, reference, 2);
            scores[c, 5] = Rouge.L(led, reference);
        });

        double Mean(int col) => clusters.Count == 0 ? 0 : Enumerable.Range(0, clusters.Count).Average(i => scores[i, col]) * 100;
        return new EvalReport("Multi-document summary, ROUGE F (x100)", path,
        [
            new EvalRow("rouge1", Mean(0), "lead", Mean(3)),
            new EvalRow("rouge2", Mean(1), "lead", Mean(4)),
            new EvalRow("rougeL", Mean(2), "lead", Mean(5)),
            new EvalRow("rouge1.gain", Mean(0) - Mean(3)),
        ],
        [$"{clusters.Count} clusters ({(every == 1 ? "all" : $"every {Ordinal(every)} from {offset}")}); both candidates cut to {words} words"]);
    }

    private static string Ordinal(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture) + ((n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });

    /// <summary>The lead baseline: sentence 1 of each document, then sentence 2 of each, ... up to the word budget.</summary>
    public static string Lead(IReadOnlyList<Document> docs, int words)
    {
        ArgumentNullException.ThrowIfNull(docs);
        var parts = new List<string>();
        int count = 0;
        for (int s = 0; count < words; s++)
        {
            bool any = false;
            foreach (var d in docs)
            {
                if (s >= d.Sentences.Length) continue;
                any = true;
                var text = d.Slice(d.Sentences[s].Span);
                parts.Add(text);
                count += Rouge.Tokens(text).Count;
                if (count >= words) break;
            }

            if (!any) break;
        }

        return string.Join(' ', parts);
    }
}
