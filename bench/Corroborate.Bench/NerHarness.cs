using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Corroborate.Analysis.Entities;
using Corroborate.Analysis.Entities.Tagging;
using Corroborate.Evaluation;
using Corroborate.Model;
using Corroborate.Stories;

namespace Corroborate.Bench;

/// <summary>
/// Entity-stage throughput on one core: `dotnet run -c Release --project bench/Corroborate.Bench -- ner [FILE] [--rounds N] [--beam N]`.
/// Cleans and segments the corpus once (BBC by default), then times the tagger alone and the whole entities stage
/// (tagger and resolver) over it several times and reports the best round, which is the least disturbed by other
/// work on a shared machine.
/// </summary>
internal static class NerHarness
{
    public static int Run(string[] args)
    {
        if (BenchArgs.CorpusPath(args, "ner") is not { } path) return 2;
        int rounds = BenchArgs.Int(args, "--rounds") ?? 3;
        var engine = new Corroborator(new AnalyzeOptions { MaxParallelism = 1 });
        var before = engine.Pipeline.Stages.TakeWhile(s => s.Info.Name != "entities").ToArray();
        var docs = new List<Document>();
        foreach (var line in File.ReadLines(path))
        {
            using var json = JsonDocument.Parse(line);
            var doc = Document.FromText("d" + docs.Count.ToString(CultureInfo.InvariantCulture), path, json.RootElement.GetProperty("text").GetString() ?? "");
            foreach (var step in before) doc = step.Annotate(doc, CancellationToken.None) with { Produced = doc.Produced.Union(step.Info.Produces) };
            docs.Add(doc);
        }

        var sentences = docs.Select(Words).ToList();
        long tokens = docs.Sum(d => (long)d.Tokens.Length);
        // --beam N decodes the shipped model with another beam width (1 = greedy), to price the search.
        var tagger = BenchArgs.Int(args, "--beam") is { } beam ? new NerTagger(NerTagger.Default.Model, beam) : NerTagger.Default;
        var stage = new EntitiesStage(tagger);
        tagger.TagDocument(sentences[0]);
        // CPU time of the process as well as wall-clock: on a loaded machine the thread is often descheduled.
        double bestTagger = double.MaxValue, bestStage = double.MaxValue, cpuTagger = double.MaxValue, cpuStage = double.MaxValue;
        var process = Process.GetCurrentProcess();
        for (int r = 0; r < rounds; r++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            foreach (var s in sentences) tagger.TagDocument(s);
            bestTagger = Math.Min(bestTagger, sw.Elapsed.TotalSeconds);
            process.Refresh();
            cpuTagger = Math.Min(cpuTagger, (process.TotalProcessorTime - cpu).TotalSeconds);
            cpu = process.TotalProcessorTime;
            sw.Restart();
            foreach (var d in docs) stage.Annotate(d, CancellationToken.None);
            bestStage = Math.Min(bestStage, sw.Elapsed.TotalSeconds);
            process.Refresh();
            cpuStage = Math.Min(cpuStage, (process.TotalProcessorTime - cpu).TotalSeconds);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ner {Path.GetFileName(path)}: {docs.Count} articles, {tokens:N0} tokens, beam {tagger.BeamWidth}, best of {rounds} rounds, one core"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  tagger          {bestTagger,7:0.000} s  {tokens / bestTagger,12:N0} tokens/s   CPU {cpuTagger,7:0.000} s  {tokens / cpuTagger,12:N0} tokens/s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  entities stage  {bestStage,7:0.000} s  {tokens / bestStage,12:N0} tokens/s   CPU {cpuStage,7:0.000} s  {tokens / cpuStage,12:N0} tokens/s"));
        return 0;
    }

    /// <summary>The words of each sentence, as the entities stage hands them to the tagger.</summary>
    private static List<IReadOnlyList<string>> Words(Document d) =>
        [.. d.Sentences.Select(s => (IReadOnlyList<string>)[.. d.Tokens.Where(t => t.Span.Start >= s.Span.Start && t.Span.End <= s.Span.End).Select(t => d.Slice(t.Span))])];
}
