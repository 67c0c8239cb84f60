using Corroborate.Model;
using Corroborate.Stories.Clustering;
using Corroborate.Stories.Dedup;
using Corroborate.Stories.Text;

namespace Corroborate.Stories.Live;

/// <summary>What the live index keeps of one document: its clustering features and its shingle set.</summary>
public sealed record LiveFeatures(DocumentFeatures Features, uint[] Shingles)
{
    public static LiveFeatures Of(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var words = ContentWords.AllWords(document.Text, ContentWords.TokensOf(document));
        return new LiveFeatures(DocumentFeatures.Of(document), Dedup.Shingles.Of(words));
    }
}

/// <summary>Where an arriving document went: its story (0-based, in creation order), the copy it is of, and why.</summary>
public sealed record LiveArrival(int Story, bool Started, string? CopyOf, double? CopySimilarity, Assignment Why);

/// <summary>
/// Stories for documents that keep arriving (a newsroom's store): each arrival is checked for being a copy
/// (MinHash/LSH with exact Jaccard), then joins the best story or starts one (<see cref="StreamingClusterer.Live"/>).
/// Nothing is ever re-clustered, so a story's id stays valid; replaying the same arrivals in the same order
/// rebuilds the same state, which is how a store restores it after a restart. Not thread-safe.
/// </summary>
public sealed class LiveStories
{
    private readonly StreamingClusterer _clusterer;
    private readonly NearDuplicateIndex _copies;
    private readonly List<string> _ids = [];
    private readonly List<int> _storyOf = [];

    public LiveStories(StoryOptions? options = null)
    {
        options ??= new StoryOptions();
        _clusterer = StreamingClusterer.Live(options.Clustering);
        _copies = new NearDuplicateIndex(options.DuplicateThreshold);
    }

    public int Count => _ids.Count;

    public int StoryCount => _clusterer.StoryCount;

    /// <summary>
    /// Replays a stored document into the story it was stored in (0-based), whatever today's scoring would say:
    /// a store's assignments are the record, and a newer version of the clusterer must not silently move them.
    /// </summary>
    public void Restore(LiveFeatures document, int story)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (story < 0 || story > StoryCount) throw new ArgumentOutOfRangeException(nameof(story), "Stories are restored in creation order.");
        _copies.AddShingles(document.Shingles);
        _clusterer.Append(document.Features, story);
        _ids.Add(document.Features.Id);
        _storyOf.Add(story);
    }

    public LiveArrival Add(LiveFeatures document)
    {
        ArgumentNullException.ThrowIfNull(document);
        NearDuplicate? copy = null;
        foreach (var m in _copies.AddShingles(document.Shingles))
        {
            if (copy is null || m.Similarity > copy.Value.Similarity) copy = m;
        }

        int? forced = copy is { } c ? _storyOf[c.Original] : null;
        var why = _clusterer.Append(document.Features, forced);
        _ids.Add(document.Features.Id);
        _storyOf.Add(why.Story);
        return new LiveArrival(why.Story, why.Started, copy is { } cc ? _ids[cc.Original] : null,
            copy is { } cs ? Math.Round(cs.Similarity, 3) : null, why);
    }
}
