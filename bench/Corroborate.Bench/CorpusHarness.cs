using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Corroborate.Evaluation;
using Corroborate.Model;
using Corroborate.Stories;

namespace Corroborate.Bench;

/// <summary>
/// Whole-corpus throughput on one core: `dotnet run -c Release --project bench/Corroborate.Bench -- corpus [FILE] [--limit N] [--passes N] [--stories]`.
/// Runs every per-document stage over each article of a JSON Lines corpus ({title, text} per line; the BBC corpus
/// in ../shared/data by default), timing each stage, then reports articles/s, words/s, tokens/s, allocations
/// and peak memory. BenchmarkDotNet covers single stages on fixed inputs; this covers real text at volume.
/// With --passes N each figure is the best of N passes over the corpus (per stage and for the whole pipeline):
/// on a shared machine a pass that was preempted says more about the neighbours than about the code.
/// </summary>
internal static class CorpusHarness
{
    public static int Run(string[] args)
    {
        if (BenchArgs.CorpusPath(args, "corpus") is not { } path) return 2;

        int limit = BenchArgs.Int(args, "--limit") ?? int.MaxValue;
        bool stories = args.Contains("--stories");
        var texts = File.ReadLines(path).Take(limit).Select(ParseLine).ToList();
        var engine = new Corroborator(new AnalyzeOptions { MaxParallelism = 1 });
        var stages = engine.Pipeline.Stages;

        // Warm-up on a few documents so JIT and model loading are not timed.
        foreach (var t in texts.Take(20)) engine.AnalyzeDocument(Document.FromText("w", "warmup", t));

        int passes = Math.Max(1, BenchArgs.Int(args, "--passes") ?? 1);
        var ticks = Enumerable.Repeat(long.MaxValue, stages.Length).ToArray();
        long words = 0, tokens = 0, alloc = 0;
        double seconds = double.MaxValue;
        var analysed = new List<Document>(texts.Count);
        for (int pass = 0; pass < passes; pass++)
        {
            var passTicks = new long[stages.Length];
            words = tokens = 0;
            analysed.Clear();
            long allocBefore = GC.GetAllocatedBytesForCurrentThread();
            var total = Stopwatch.StartNew();
            for (int i = 0; i < texts.Count; i++)
            {
                var doc = Document.FromText("d" + (i + 1).ToString(CultureInfo.InvariantCulture), path, texts[i]);
                for (int s = 0; s < stages.Length; s++)
                {
                    long start = Stopwatch.GetTimestamp();
                    doc = stages[s].Annotate(doc, CancellationToken.None);
                    doc = doc with { Produced = doc.Produced.Union(stages[s].Info.Produces) };
                    passTicks[s] += Stopwatch.GetTimestamp() - start;
                }

                words += CountWords(doc.Text);
                tokens += doc.Tokens.Length;
                if (stories) analysed.Add(doc);
            }

            total.Stop();
            alloc = GC.GetAllocatedBytesForCurrentThread() - allocBefore;
            seconds = Math.Min(seconds, total.Elapsed.TotalSeconds);
            for (int s = 0; s < stages.Length; s++) ticks[s] = Math.Min(ticks[s], passTicks[s]);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"corpus {Path.GetFileName(path)}: {texts.Count} articles, {words:N0} words, {tokens:N0} tokens, one core, best of {passes} pass(es)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pipeline: {seconds:0.00} s  {texts.Count / seconds:0.0} articles/s  {words / seconds:N0} words/s  {alloc / (double)texts.Count / 1024:0} KiB allocated/article"));
        for (int s = 0; s < stages.Length; s++)
        {
            double st = ticks[s] / (double)Stopwatch.Frequency;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {stages[s].Info,-20} {st,8:0.000} s  {words / st,14:N0} words/s  {tokens / st,14:N0} tokens/s"));
        }

        if (stories)
        {
            var sw = Stopwatch.StartNew();
            var result = StoryEngine.Build(analysed, new StoryOptions());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"stories: {result.Stories.Length} stories in {sw.Elapsed.TotalSeconds:0.00} s"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB"));
        return 0;
    }

    private static string ParseLine(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        string title = root.TryGetProperty("title", out var t) ? t.GetString() ?? "" : "";
        string text = root.GetProperty("text").GetString() ?? "";
        return title.Length > 0 ? title + "\n\n" + text : text;
    }

    private static int CountWords(string text)
    {
        int count = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool letter = !char.IsWhiteSpace(c);
            if (letter && !inWord) count++;
            inWord = letter;
        }

        return count;
    }
}
