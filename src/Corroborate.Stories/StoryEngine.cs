using System.Collections.Immutable;
using Corroborate.Diagnostics;
using Corroborate.Model;
using Corroborate.Stories.Alignment;
using Corroborate.Stories.Briefs;
using Corroborate.Stories.Clustering;
using Corroborate.Stories.Dedup;
using Corroborate.Stories.Entities;
using Corroborate.Stories.Model;
using Corroborate.Stories.Text;

namespace Corroborate.Stories;

/// <summary>
/// The corpus stages over documents already analysed one by one: near-duplicates, streaming story clustering,
/// published dates inferred for undated members (then <c>reanalyse</c> anchors their relative dates), cross-
/// document entities, aligned quotes and figures, and the cited brief. Deterministic for the same input.
/// </summary>
public static class StoryEngine
{
    public static AnalysisResult Build(IReadOnlyList<Document> documents, StoryOptions options, Func<Document, Document>? reanalyse = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(options);
        var docs = documents.ToArray();
        var live = Enumerable.Range(0, docs.Length).Where(i => !docs[i].IsRejected && docs[i].Text.Length > 0).ToList();

        // Arrival order: by published date where known (stable, so input order breaks ties), undated after.
        var arrival = live.OrderBy(i => docs[i].Metadata.Published.Value is { } v ? v.FirstDay.DayNumber : int.MaxValue).ToList();

        var dedup = new NearDuplicateIndex(options.DuplicateThreshold);
        var forced = new Dictionary<int, int>();
        var copies = new Dictionary<int, (int Of, double Similarity)>();
        for (int k = 0; k < arrival.Count; k++)
        {
            ct.ThrowIfCancellationRequested();
            var d = docs[arrival[k]];
            if (dedup.Add(ContentWords.AllWords(d.Text, ContentWords.TokensOf(d))) is { } dup)
            {
                forced[k] = dup.Original;
                copies[arrival[k]] = (arrival[dup.Original], dup.Similarity);
            }
        }

        var features = arrival.Select(i => DocumentFeatures.Of(docs[i])).ToList();
        var assignments = StreamingClusterer.Cluster(features, options.Clustering, forced, ct);
        var storyOfDoc = new Dictionary<int, int>();
        for (int k = 0; k < arrival.Count; k++) storyOfDoc[arrival[k]] = assignments[k].Story;
        var topicOf = TopicMerger.Merge(features, assignments, options.Clustering);
        var why = new Dictionary<int, StoryAssignment>();
        for (int k = 0; k < arrival.Count; k++)
        {
            var a = assignments[k];
            why[arrival[k]] = new StoryAssignment(a.Document, a.Started, Math.Round(a.Content, 4), Math.Round(a.Entities, 4),
                a.DaysApart, Math.Round(a.Score, 4), a.Threshold, a.Reason);
        }

        var members = new Dictionary<int, List<int>>();
        var reasons = new Dictionary<int, List<StoryAssignment>>();
        for (int k = 0; k < arrival.Count; k++)
        {
            if (!members.TryGetValue(assignments[k].Story, out var list)) members[assignments[k].Story] = list = [];
            list.Add(arrival[k]);
            // Each story's decisions in arrival order, gathered in one pass (a scan of all arrivals per story
            // would grow with stories × documents).
            if (!reasons.TryGetValue(assignments[k].Story, out var storyReasons)) reasons[assignments[k].Story] = storyReasons = [];
            storyReasons.Add(why[arrival[k]]);
        }

        // Stories in order of their first document in the input; members in input order.
        var groups = members.Values.Select(l => l.Order().ToList()).OrderBy(l => l[0]).ToList();
        foreach (var g in groups)
        {
            var dated = WithInferredDates([.. g.Select(i => docs[i])], reanalyse, ct);
            for (int k = 0; k < g.Count; k++) docs[g[k]] = dated[k];
        }

        // Topic ids in story order, then the stories composed side by side: each is a pure function of its own
        // members (a failure writes only to its members' slots), so ids and output do not depend on scheduling.
        var topicIds = new Dictionary<int, string>();
        var topicOfGroup = groups.Select(g =>
        {
            int topic = topicOf[storyOfDoc[g[0]]];
            if (!topicIds.TryGetValue(topic, out var topicId)) topicIds[topic] = topicId = $"t{topicIds.Count + 1}";
            return topicId;
        }).ToArray();
        var composed = new Story[groups.Count];
        Parallel.For(0, groups.Count, new ParallelOptions { CancellationToken = ct }, k =>
        {
            var g = groups[k];
            var inStory = g.ToHashSet();
            var duplicates = g.Where(i => copies.ContainsKey(i) && inStory.Contains(copies[i].Of))
                .Select(i => new DuplicateLink(docs[i].Id, docs[copies[i].Of].Id, Math.Round(copies[i].Similarity, 3)))
                .ToImmutableArray();
            composed[k] = ComposeOrList($"s{k + 1}", g, docs, duplicates, options) with
            {
                Topic = topicOfGroup[k],
                Assignments = [.. reasons[storyOfDoc[g[0]]]],
            };
        });

        return new AnalysisResult([.. docs], [.. composed]);
    }

    /// <summary>
    /// An undated member takes the most common published date of its dated mates (the earliest on a tie: a
    /// follow-up is never older than the first report, so the earliest is the conservative anchor), then
    /// <paramref name="reanalyse"/> re-anchors its relative dates. Returns the members in the same order.
    /// </summary>
    public static ImmutableArray<Document> WithInferredDates(IReadOnlyList<Document> members, Func<Document, Document>? reanalyse, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(members);
        var dated = members.Select(d => d.Metadata.Published)
            .Where(p => p.Value is not null && p.Method != DateMethod.Inferred && p.Method != DateMethod.None)
            .Select(p => p.Value!.Value).ToList();
        if (dated.Count == 0) return [.. members];
        var date = dated.GroupBy(v => v).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        var result = ImmutableArray.CreateBuilder<Document>(members.Count);
        foreach (var m in members)
        {
            ct.ThrowIfCancellationRequested();
            if (m.Metadata.Published.Value is not null)
            {
                result.Add(m);
                continue;
            }

            var d = m with { Metadata = m.Metadata with { Published = new PublishedDate(date, DateMethod.Inferred, "story") } };
            result.Add(reanalyse is null ? d : reanalyse(d));
        }

        return result.MoveToImmutable();
    }

    /// <summary>
    /// One story's findings from its members (in the order they should be listed) and the copies among them:
    /// cross-document entities, aligned quotes and figures, the cited brief. Used by the batch path above and by
    /// stores that cluster live and recompose a story when a member arrives.
    /// </summary>
    public static Story Compose(string id, IReadOnlyList<Document> members, ImmutableArray<DuplicateLink> duplicates, StoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(options);
        if (members.Count == 0) throw new ArgumentException("A story has at least one member.", nameof(members));
        var copyIds = duplicates.Select(d => d.Document).ToHashSet(StringComparer.Ordinal);
        var independent = members.Select(d => d.Id).Where(x => !copyIds.Contains(x)).ToHashSet(StringComparer.Ordinal);

        var entities = CrossDocumentEntities.Link(members);
        var quotes = QuoteAligner.Align(members, entities);
        var figures = FigureAligner.Align(members, entities, copyIds);
        var first = members[0];
        // A headline any member carries beats a truncated first sentence.
        var title = members.Select(d => d.Metadata.Title).FirstOrDefault(t => t is not null) ?? TitleFrom(first);
        return new Story
        {
            Id = id,
            Title = title,
            Documents = [.. members.Select(d => d.Id)],
            Duplicates = duplicates,
            IndependentSources = independent.Count,
            Entities = entities.Entities,
            Summary = SummaryBuilder.Build(members, independent, options.SummaryWords),
            Timeline = BriefSections.Timeline(members),
            Quotes = quotes,
            Figures = figures,
            Disagreements = BriefSections.Disagreements(members, figures, quotes),
        };
    }

    /// <summary>
    /// <see cref="Compose"/>, except that a failure (a bug on some input) costs only that story's findings: the
    /// story still lists its members, and each member carries a CB4001 diagnostic saying why the brief is missing,
    /// so one odd article never loses the rest of the batch.
    /// </summary>
    private static Story ComposeOrList(string id, List<int> group, Document[] docs, ImmutableArray<DuplicateLink> duplicates, StoryOptions options)
    {
        var members = group.Select(i => docs[i]).ToList();
        try
        {
            return Compose(id, members, duplicates, options);
        }
#pragma warning disable CA1031 // Like a stage failure in the pipeline: reported, never fatal to the batch.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            foreach (int i in group)
            {
                docs[i] = docs[i].WithDiagnostic(Diagnostic.Warning(Codes.StoryCompositionFailed,
                    $"Story {id}: its brief could not be composed ({ex.GetType().Name}: {ex.Message}); the story lists its members only. Please report this input."));
            }

            var copies = duplicates.Select(d => d.Document).ToHashSet(StringComparer.Ordinal);
            return new Story
            {
                Id = id,
                Title = members.Select(d => d.Metadata.Title).FirstOrDefault(t => t is not null) ?? TitleFrom(members[0]),
                Documents = [.. members.Select(d => d.Id)],
                Duplicates = duplicates,
                IndependentSources = members.Count(d => !copies.Contains(d.Id)),
            };
        }
    }

    private static string TitleFrom(Document d)
    {
        var span = d.Sentences.IsDefaultOrEmpty ? new Corroborate.Text.TextSpan(0, d.Text.Length) : d.Sentences[0].Span;
        var words = d.Slice(span).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 14 ? string.Join(' ', words) : string.Join(' ', words.Take(14)) + "...";
    }
}
