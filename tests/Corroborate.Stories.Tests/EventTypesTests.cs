using Corroborate.Stories.Clustering;
using Corroborate.Stories.Text;

namespace Corroborate.Stories.Tests;

/// <summary>The event-kind lexicon and its use at the topic level, over hand-written feature counts.</summary>
public sealed class EventTypesTests
{
    private static Dictionary<string, int> Terms(string words) =>
        words.Split(' ').Select(ContentWords.Lemma).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private static DocumentFeatures Doc(string id, string words) => new(id, Terms(words), new Dictionary<string, int>(), null);

    private static double Kind(double[] v, string kind) => v[EventTypes.Kinds.ToList().IndexOf(kind)];

    [Fact]
    public void Of_CuesTheKind_WhenInflectedCueWordsAppear()
    {
        var v = EventTypes.Of(Terms("warehouse burned flames firefighters owner"));
        Assert.Equal(3, Kind(v, "fire"));
        Assert.Equal(0, Kind(v, "election"));
    }

    [Fact]
    public void Of_CountsACueWordOnce_WhenItRepeats()
    {
        var v = EventTypes.Of(Terms("quake quake quake quake village"));
        Assert.Equal(1, Kind(v, "quake"));
    }

    [Fact]
    public void Of_GivesAnEmptyProfile_WhenNoCueWordAppears()
    {
        Assert.All(EventTypes.Of(Terms("teacup saucer garden lawn")), x => Assert.Equal(0, x));
    }

    [Fact]
    public void Cosine_IsZero_WhenOneProfileIsEmpty()
    {
        var empty = new double[EventTypes.Kinds.Count];
        Assert.Equal(0, EventTypes.Cosine(empty, EventTypes.Of(Terms("blaze flames"))));
    }

    private static List<Assignment> Assign(int[] stories) =>
        [.. stories.Select((s, i) => new Assignment($"d{i}", s, i == 0 || stories[i - 1] != s, 0, 0, null, 0, 0, ""))];

    // Two invented fires that share one word besides their kind (a barn and a cinema), two invented takeovers and
    // a cookery piece that cues no kind. The fires' content cosine is about 0.07, below the threshold of 0.08 used
    // here; their full kind agreement (x 1.5 at weight 1, baseline 0.5) lifts it above.
    private static readonly DocumentFeatures[] Fires =
    [
        Doc("f1", "blaze flames firefighters barn hay tractor farmer orchard cider"),
        Doc("f2", "blaze flames firefighters barn hay tractor farmer orchard goat"),
        Doc("g1", "blaze fire burned cinema projector seats usher popcorn balcony"),
        Doc("g2", "blaze fire burned cinema projector seats usher popcorn ticket"),
        Doc("m1", "acquire shareholders deal software maker billion chip"),
        Doc("m2", "acquire shareholders deal software maker billion bid"),
        Doc("k1", "recipe flour oven baking bread yeast"),
        Doc("k2", "recipe flour oven baking bread butter"),
    ];

    [Fact]
    public void Merge_JoinsTwoFires_WhenKindAgreementLiftsAWeakContentMatch()
    {
        var assignments = Assign([0, 0, 1, 1, 2, 2, 3, 3]);
        var plain = TopicMerger.Merge(Fires, assignments, 0.08, kindWeight: 0);
        var kinds = TopicMerger.Merge(Fires, assignments, 0.08, kindWeight: 1, kindBaseline: 0.5);
        Assert.NotEqual(plain[0], plain[1]);
        Assert.Equal(kinds[0], kinds[1]);
        Assert.NotEqual(kinds[0], kinds[2]);
        Assert.NotEqual(kinds[0], kinds[3]);
    }

    // A harbour fire and a harbour-firm takeover share three place words (content cosine about 0.14).
    private static readonly DocumentFeatures[] FireAndTakeover =
    [
        Doc("f1", "blaze flames firefighters warehouse harbour lumber crane dock"),
        Doc("f2", "blaze flames firefighters warehouse harbour lumber crane quay"),
        Doc("m1", "acquire shareholders deal warehouse harbour logistics freight"),
        Doc("m2", "acquire shareholders deal warehouse harbour logistics pallet"),
    ];

    [Fact]
    public void Merge_KeepsStoriesApart_WhenTheirKindsDiffer()
    {
        var assignments = Assign([0, 0, 1, 1]);
        var plain = TopicMerger.Merge(FireAndTakeover, assignments, 0.12, kindWeight: 0);
        var kinds = TopicMerger.Merge(FireAndTakeover, assignments, 0.12, kindWeight: 1, kindBaseline: 0.5);
        Assert.Equal(plain[0], plain[1]);
        Assert.NotEqual(kinds[0], kinds[1]);
    }

    // The same harbour fire beside a harbour flower parade, which cues no kind (content cosine about 0.16).
    private static readonly DocumentFeatures[] FireAndParade =
    [
        Doc("f1", "blaze flames firefighters warehouse harbour lumber crane dock"),
        Doc("f2", "blaze flames firefighters warehouse harbour lumber crane quay"),
        Doc("p1", "gardeners tulips warehouse harbour parade float"),
        Doc("p2", "gardeners tulips warehouse harbour parade banner"),
    ];

    [Fact]
    public void Merge_LeavesTheContentCosine_WhenAStoryCuesNoKind()
    {
        var assignments = Assign([0, 0, 1, 1]);
        var kinds = TopicMerger.Merge(FireAndParade, assignments, 0.12, kindWeight: 1, kindBaseline: 0.5);
        Assert.Equal(kinds[0], kinds[1]);
    }
}
