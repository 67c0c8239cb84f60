using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Corroborate.Model;
using Corroborate.Storage;
using Corroborate.Stories;

namespace Corroborate.Bench;

/// <summary>
/// Where ingest time goes, in process (no HTTP): the per-document pipeline alone, then the same documents through
/// <see cref="Newsroom.Ingest"/> (analysis + features + contract JSON + live clustering + SQLite), then composing
/// every story's brief. Usage: store-ingest BBC.jsonl [N] [BATCH].
/// </summary>
internal static class StoreIngest
{
    public static int Run(string[] args)
    {
        int n = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2225;
        int batch = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 25;
        var docs = Load(args[0], n);

        var jsonLines = File.ReadLines(args[0]).Where(l => l.Trim().Length > 0).Take(n).Select(System.Text.Encoding.UTF8.GetBytes).ToList();
        var read = Stopwatch.StartNew();
        var viaReader = jsonLines.Select(b => Corroborate.Analysis.Ingest.InputCollector.FromBytes("upload.jsonl", b, Corroborate.Analysis.Ingest.InputCollector.DefaultReaders).Single()).ToList();
        Report("JSON Lines reader (one thread)", read.Elapsed.TotalSeconds, viaReader.Count);

        var engine = new Corroborator();
        _ = engine.AnalyzeDocument(docs[0] with { Id = "warm-up" });
        var clock = Stopwatch.StartNew();
        foreach (var d in docs) engine.AnalyzeDocument(d with { Id = "x" });
        Report("pipeline only (one thread)", clock.Elapsed.TotalSeconds, docs.Count);
        clock.Restart();
        _ = docs.AsParallel().Select(d => engine.AnalyzeDocument(d with { Id = "x" })).Count();
        Report("pipeline only (parallel)", clock.Elapsed.TotalSeconds, docs.Count);

        var analysedOnce = docs.AsParallel().AsOrdered().Select(d => engine.AnalyzeDocument(d with { Id = "x" })).ToList();
        clock.Restart();
        _ = analysedOnce.AsParallel().Select(d => Corroborate.Stories.Live.LiveFeatures.Of(d)).Count();
        Report("live features (parallel)", clock.Elapsed.TotalSeconds, docs.Count);
        clock.Restart();
        _ = analysedOnce.AsParallel().Select(d => Corroborate.Storage.Contract.ContractJson.Serialize(d).Length).Sum();
        Report("contract JSON (parallel)", clock.Elapsed.TotalSeconds, docs.Count);
        var live = new Corroborate.Stories.Live.LiveStories();
        var feats = analysedOnce.Select((d, i) => Corroborate.Stories.Live.LiveFeatures.Of(d with { Id = "d" + i })).ToList();
        clock.Restart();
        foreach (var f in feats) live.Add(f);
        Report("live clustering (one thread)", clock.Elapsed.TotalSeconds, docs.Count);

        var folder = Path.Combine(Path.GetTempPath(), "corroborate-bench-" + Guid.NewGuid().ToString("N"));
        var room = Newsroom.Open(new NewsroomOptions { DataFolder = folder });
        clock.Restart();
        var items = new List<IngestItem>();
        foreach (var chunk in docs.Chunk(batch)) items.AddRange(room.Ingest(chunk).Items);
        Report($"Newsroom.Ingest, batches of {batch}", clock.Elapsed.TotalSeconds, docs.Count);

        // The composition step alone, on documents already analysed, for comparison with the store's refresh.
        var analysed = docs.Select((d, i) => engine.AnalyzeDocument(d with { Id = items[i].Document ?? "x" })).ToList();
        var groups = items.Select((it, i) => (it, i)).Where(x => x.it.Status == IngestStatus.Added).GroupBy(x => x.it.Story!).ToList();
        clock.Restart();
        foreach (var g in groups) StoryEngine.Compose(g.Key, [.. g.Select(x => analysed[x.i])], [], new StoryOptions());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"StoryEngine.Compose alone: {groups.Count} stories in {clock.Elapsed.TotalSeconds:F1} s"));
        var folder2 = Path.Combine(Path.GetTempPath(), "corroborate-bench-" + Guid.NewGuid().ToString("N"));
        var room2 = Newsroom.Open(new NewsroomOptions { DataFolder = folder2 });
        clock.Restart();
        viaReader.AsParallel().WithDegreeOfParallelism(4).ForAll(d => room2.Ingest([d]));
        Report("Newsroom.Ingest, one document per call (read as JSON Lines), 4 threads", clock.Elapsed.TotalSeconds, docs.Count);
        Directory.Delete(folder2, recursive: true);
        folder2 = Path.Combine(Path.GetTempPath(), "corroborate-bench-" + Guid.NewGuid().ToString("N"));
        room2 = Newsroom.Open(new NewsroomOptions { DataFolder = folder2 });
        using var stop = new CancellationTokenSource();
        int background = 0;
        var refresher = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                int k = room2.RefreshPending(16, TimeSpan.FromMilliseconds(500));
                background += k;
                if (k == 0) Thread.Sleep(50);
            }
        });
        clock.Restart();
        docs.AsParallel().WithDegreeOfParallelism(4).ForAll(d => room2.Ingest([d]));
        Report($"same, with briefs composed alongside ({background} so far)", clock.Elapsed.TotalSeconds, docs.Count);
        stop.Cancel();
        refresher.Wait();
        Directory.Delete(folder2, recursive: true);

        clock.Restart();
        int composed = 0;
        int k;
        while ((k = room.RefreshPending(256)) > 0) composed += k;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"compose: {composed} stories in {clock.Elapsed.TotalSeconds:F1} s"));
        Directory.Delete(folder, recursive: true);
        return 0;
    }

    /// <summary>The first <paramref name="n"/> articles of a JSON Lines corpus ({"id", "text"} per line).</summary>
    public static List<Document> Load(string path, int n) =>
        File.ReadLines(path).Where(l => l.Trim().Length > 0).Take(n).Select(l =>
        {
            using var j = JsonDocument.Parse(l);
            return Document.FromText("", j.RootElement.GetProperty("id").GetString()!, j.RootElement.GetProperty("text").GetString()!);
        }).ToList();

    public static void Report(string what, double seconds, int count) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: {count} docs in {seconds:F1} s = {count / seconds:F0} docs/s"));
}
