using System.Text.Json;
using Corroborate.Analysis;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Stories.Clustering;

namespace Corroborate.Evaluation.Clusters;

/// <summary>One labelled document of a clustering set: its text, its event and its topic.</summary>
public sealed record LabelledDocument(string Id, string Text, string Event, string Topic);

/// <summary>
/// `corroborate eval clusters --ecb FILE | --newswcl FILE`: runs the per-document pipeline and the streaming
/// story clusterer over a labelled set and prints B-cubed P/R/F1 against events and against topics.
/// Events are scored on the story level and topics on the topic level above it (<see cref="TopicMerger"/>),
/// each as one clustering of the whole file in input order.
/// </summary>
public static class ClusterEvaluation
{
    /// <summary>ECB+ JSON Lines {doc, topic, subtopic, text}: event = subtopic, topic = topic.</summary>
    public static IReadOnlyList<LabelledDocument> ReadEcb(string path) =>
        ReadJsonl(path, e => new LabelledDocument(
            e.GetProperty("doc").GetString()!, e.GetProperty("text").GetString() ?? "",
            Str(e.GetProperty("subtopic")), Str(e.GetProperty("topic"))));

    /// <summary>NewsWCL50 JSON Lines {doc, event, text}: each event is its own topic.</summary>
    public static IReadOnlyList<LabelledDocument> ReadNewsWcl(string path) =>
        ReadJsonl(path, e => new LabelledDocument(
            e.GetProperty("doc").GetString()!, e.GetProperty("text").GetString() ?? "",
            Str(e.GetProperty("event")), Str(e.GetProperty("event"))));

    public static EvalReport Run(string name, string path, IReadOnlyList<LabelledDocument> docs,
        StoryClusterOptions? options = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(docs);
        var features = Features(docs, ct);
        return Score(name, path, docs, features, options ?? new StoryClusterOptions(), ct);
    }

    /// <summary>Per-document analysis then clustering features, in input order.</summary>
    public static IReadOnlyList<DocumentFeatures> Features(IReadOnlyList<LabelledDocument> docs, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(docs);
        var pipeline = new PipelineBuilder().UseDefaults().Build();
        var features = new DocumentFeatures[docs.Count];
        Parallel.For(0, docs.Count, new ParallelOptions { CancellationToken = ct }, i =>
        {
            var d = pipeline.Run(Document.FromText($"d{i + 1}", docs[i].Id, docs[i].Text), ct);
            features[i] = DocumentFeatures.Of(d);
        });
        return features;
    }

    public static EvalReport Score(string name, string path, IReadOnlyList<LabelledDocument> docs, IReadOnlyList<DocumentFeatures> features,
        StoryClusterOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(docs);
        ArgumentNullException.ThrowIfNull(options);
        var assignments = StreamingClusterer.Cluster(features, options, null, ct);
        var topicOf = TopicMerger.Merge(features, assignments, options);
        var ev = assignments.Select(a => a.Story).ToList();
        var tp = assignments.Select(a => topicOf[a.Story]).ToList();
        var (ep, er, ef) = BCubed.Score(ev, docs.Select(d => d.Event).ToList());
        var (tpP, tpR, tpF) = BCubed.Score(tp, docs.Select(d => d.Topic).ToList());
        return new EvalReport($"Story clustering, B-cubed ({name})", path,
        [
            new EvalRow("events.precision", ep), new EvalRow("events.recall", er), new EvalRow("events.f1", ef),
            new EvalRow("topics.precision", tpP), new EvalRow("topics.recall", tpR), new EvalRow("topics.f1", tpF),
        ],
        [
            $"{docs.Count} documents, {docs.Select(d => d.Event).Distinct().Count()} events, {docs.Select(d => d.Topic).Distinct().Count()} topics; " +
            $"{ev.Distinct().Count()} stories at the event level, {tp.Distinct().Count()} at the topic level",
        ])
        {
            Details = [.. Confusions("topic", tp, docs.Select(d => d.Topic).ToList()), .. Confusions("event", ev, docs.Select(d => d.Event).ToList())],
        };
    }

    /// <summary>
    /// For `--verbose`: each gold group spread over several predicted clusters (a split) and each predicted
    /// cluster holding several gold groups (a merge), with document counts, so an error can be traced to its cause.
    /// </summary>
    public static IEnumerable<string> Confusions(string level, IReadOnlyList<int> predicted, IReadOnlyList<string> gold)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(gold);
        var cells = predicted.Zip(gold).GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        static string Cells(IEnumerable<string> parts) => string.Join(", ", parts);
        foreach (var g in gold.Distinct().Order(StringComparer.Ordinal))
        {
            var spread = cells.Where(c => c.Key.Second == g).OrderByDescending(c => c.Value).ThenBy(c => c.Key.First).ToList();
            if (spread.Count > 1) yield return $"split {level} {g}: " + Cells(spread.Select(c => $"{c.Value} in #{c.Key.First}"));
        }

        foreach (var p in predicted.Distinct().Order())
        {
            var mix = cells.Where(c => c.Key.First == p).OrderByDescending(c => c.Value).ThenBy(c => c.Key.Second, StringComparer.Ordinal).ToList();
            if (mix.Count > 1) yield return $"merged #{p} ({level}): " + Cells(mix.Select(c => $"{c.Value} of {c.Key.Second}"));
        }
    }

    private static string Str(JsonElement e) => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText();

    private static List<LabelledDocument> ReadJsonl(string path, Func<JsonElement, LabelledDocument> read)
    {
        var list = new List<LabelledDocument>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var json = JsonDocument.Parse(line);
            list.Add(read(json.RootElement));
        }

        return list;
    }
}
