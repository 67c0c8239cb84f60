using System.Text.Json;
using System.Text.RegularExpressions;
using Corroborate.Analysis;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Stories.Clustering;

namespace Corroborate.Evaluation.Clusters;

/// <summary>One labelled document of a clustering set: its text, its event and its topic.</summary>
/// <remarks><paramref name="Published"/> is the publication date a feed would carry, when the set gives one.</remarks>
public sealed record LabelledDocument(string Id, string Text, string Event, string Topic, DateOnly? Published = null);

/// <summary>
/// `corroborate eval clusters --ecb FILE | --newswcl FILE`: runs the per-document pipeline and the streaming
/// story clusterer over a labelled set and prints B-cubed P/R/F1 against events and against topics.
/// Events are scored on the story level and topics on the topic level above it (<see cref="TopicMerger"/>),
/// each as one clustering of the whole file in input order.
/// </summary>
public static partial class ClusterEvaluation
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

    /// <summary>
    /// AllSides stories as crawled for NeuS (JSON Lines {id, topic, date, news: {left|center|right: {newsTitle,
    /// newBody[]}}}): each outlet's report is a document (its title, then the opening sentences the crawl kept), the
    /// story is its event and AllSides' subject heading ("Coronavirus", "Immigration") its topic. Stories stream
    /// oldest first and each report carries a publication date, as a feed would deliver them (<see cref="PublishedOf"/>).
    /// </summary>
    public static IReadOnlyList<LabelledDocument> ReadAllSides(string path)
    {
        var stories = new List<(string Date, List<LabelledDocument> Docs)>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var json = JsonDocument.Parse(line);
            var e = json.RootElement;
            string id = Str(e.GetProperty("id")), topic = e.TryGetProperty("topic", out var t) ? Str(t) : "";
            string date = e.TryGetProperty("date", out var dd) ? dd.GetString() ?? "" : "";
            var docs = new List<LabelledDocument>();
            if (e.TryGetProperty("news", out var news) && news.ValueKind == JsonValueKind.Object)
            {
                foreach (var side in news.EnumerateObject().OrderBy(s => s.Name, StringComparer.Ordinal))
                {
                    var title = side.Value.TryGetProperty("newsTitle", out var nt) ? nt.GetString() ?? "" : "";
                    var body = side.Value.TryGetProperty("newBody", out var b) && b.ValueKind == JsonValueKind.Array
                        ? string.Join(' ', b.EnumerateArray().Select(x => x.GetString() ?? "")) : "";
                    if (body.Trim().Length == 0) continue;
                    docs.Add(new LabelledDocument($"{id}-{side.Name}", $"{title}\n\n{body}", id, topic, PublishedOf(side.Value, date)));
                }
            }

            if (docs.Count > 0) stories.Add((date, docs));
        }

        // ISO 8601 dates of one offset sort as text; equal dates keep file order (OrderBy is stable).
        return [.. stories.OrderBy(s => s.Date, StringComparer.Ordinal).SelectMany(s => s.Docs)];
    }

    /// <summary>`eval clusters --allsides`: <see cref="ReadAllSides"/> then <see cref="Run(string, string, IReadOnlyList{LabelledDocument}, StoryClusterOptions?, CancellationToken)"/>.</summary>
    public static EvalReport RunAllSides(string path, CancellationToken ct = default)
    {
        var report = Run("AllSides", path, ReadAllSides(path), ct: ct);
        return report with
        {
            Notes = [.. report.Notes, "topics are AllSides' subject headings (Coronavirus, Immigration), far broader than ECB+ topics; they are shown, not targeted"],
        };
    }

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
            var metadata = docs[i].Published is { } p ? new SourceMetadata { Published = new PublishedDate(DateValue.Of(p), DateMethod.Metadata, "dataset") } : null;
            var d = pipeline.Run(Document.FromText($"d{i + 1}", docs[i].Id, docs[i].Text, metadata), ct);
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

    /// <summary>
    /// A report's publication date as a feed would give it: the date in its link (/2021/10/18/) when the link
    /// holds one, else AllSides' story date, which is the same day or the day after for most reports whose link is dated.
    /// </summary>
    private static DateOnly? PublishedOf(JsonElement report, string storyDate)
    {
        var link = report.TryGetProperty("newsLink", out var l) ? l.GetString() ?? "" : "";
        var m = LinkDate().Match(link);
        if (m.Success && DateOnly.TryParseExact($"{m.Groups[1].Value}-{m.Groups[2].Value}-{m.Groups[3].Value}", "yyyy-MM-dd", out var fromLink)) return fromLink;
        return storyDate.Length >= 10 && DateOnly.TryParseExact(storyDate[..10], "yyyy-MM-dd", out var d) ? d : null;
    }

    [GeneratedRegex(@"/(20[0-9]{2})/([0-9]{2})/([0-9]{2})/")]
    private static partial Regex LinkDate();

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
