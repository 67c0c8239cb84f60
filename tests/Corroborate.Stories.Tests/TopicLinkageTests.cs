using Corroborate.Stories.Clustering;

namespace Corroborate.Stories.Tests;

/// <summary>The topic level's linkage (single or average) and its story-level IDF, over hand-written feature counts.</summary>
public sealed class TopicLinkageTests
{
    private static DocumentFeatures Doc(string id, string words) => new(
        id, Bags.Of(words), new Dictionary<string, int>(), null);

    private static List<Assignment> Assign(int[] stories) =>
        [.. stories.Select((s, i) => new Assignment($"d{i}", s, i == 0 || stories[i - 1] != s, 0, 0, null, 0, 0, ""))];

    // A smithy, a workshop that both forges and fires pottery, and a pottery: the middle story shares four words
    // with each side, the two sides share none (content cosines about 0.52 smithy-workshop, 0.47 workshop-pottery,
    // 0 smithy-pottery), so at 0.3 single link makes one chain of all three, while the mean of the pottery's two
    // pairs (about 0.24) keeps it out under average link.
    private static readonly DocumentFeatures[] Chain =
    [
        Doc("a1", "anvil bellows forge ember hammer tongs"),
        Doc("a2", "anvil bellows forge ember hammer rivet"),
        Doc("b1", "anvil bellows forge ember kiln glaze potter wheel"),
        Doc("b2", "anvil bellows forge ember kiln glaze potter lathe"),
        Doc("c1", "kiln glaze potter wheel vase clay"),
        Doc("c2", "kiln glaze potter wheel vase slip"),
    ];

    [Fact]
    public void Merge_ChainsThreeStories_WhenSingleLinkFollowsTwoClosePairs()
    {
        var topic = TopicMerger.Merge(Chain, Assign([0, 0, 1, 1, 2, 2]), 0.3);
        Assert.Equal(topic[0], topic[1]);
        Assert.Equal(topic[1], topic[2]);
    }

    [Fact]
    public void Merge_StopsTheChain_WhenAverageLinkWeighsTheFarPair()
    {
        var topic = TopicMerger.Merge(Chain, Assign([0, 0, 1, 1, 2, 2]), 0.3, averageLink: true);
        Assert.Equal(2, topic.Distinct().Count());
        Assert.NotEqual(topic[0], topic[2]);
    }

    [Fact]
    public void Merge_JoinsNothing_WhenAverageLinkFindsNoPairAboveTheThreshold()
    {
        var topic = TopicMerger.Merge(Chain, Assign([0, 0, 1, 1, 2, 2]), 0.99, averageLink: true);
        Assert.Equal([0, 1, 2], topic);
    }

    // Three unrelated stories that all use one word ("bulletin") besides their own.
    private static readonly DocumentFeatures[] CommonWord =
    [
        Doc("x1", "bulletin heron marsh reed"),
        Doc("y1", "bulletin tram depot rail"),
        Doc("z1", "bulletin violin concerto bow"),
    ];

    [Fact]
    public void Merge_JoinsStoriesOnAWordEveryStoryHas_WhenWeighedByDocuments()
    {
        var topic = TopicMerger.Merge(CommonWord, Assign([0, 1, 2]), 0.1);
        Assert.Single(topic.Distinct());
    }

    [Fact]
    public void Merge_IgnoresAWordEveryStoryHas_WhenWeighedByStories()
    {
        var topic = TopicMerger.Merge(CommonWord, Assign([0, 1, 2]), 0.1, storyIdf: true);
        Assert.Equal([0, 1, 2], topic);
    }

    [Fact]
    public void Merge_GivesTheSameTopics_WhenRunTwice()
    {
        var options = new StoryClusterOptions();
        var assignments = Assign([0, 0, 1, 1, 2, 2]);
        Assert.Equal(TopicMerger.Merge(Chain, assignments, options), TopicMerger.Merge(Chain, assignments, options));
    }

    [Fact]
    public void Merge_NumbersTopicsByFirstStory_WhenAverageLinkJoinsLaterStories()
    {
        // The pottery story comes first and the smithy last: topic 0 is the pottery's, whichever pair joins first.
        DocumentFeatures[] reversed = [.. Chain.Reverse()];
        var topic = TopicMerger.Merge(reversed, Assign([0, 0, 1, 1, 2, 2]), 0.3, averageLink: true);
        Assert.Equal(0, topic[0]);
        Assert.Equal(topic.Distinct().Order(), Enumerable.Range(0, topic.Distinct().Count()));
    }

    private static DocumentFeatures Named(string id, string words, string names, int year) => new(
        id, Bags.Of(words), Bags.Of(names), null) { LatestYear = year };

    // Two fires at one supermarket chain five years apart, and a church fire elsewhere between them: the church
    // shares the fire words with both (content cosines about 0.5), none of the chain's names.
    private static DocumentFeatures[] Fires(string secondStoreNames) =>
    [
        Named("s1", "blaze flames firefighters roof smoke store shoppers", "greenmart greenmart surrey", 2008),
        Named("s2", "blaze flames firefighters roof smoke store checkout", secondStoreNames, 2013),
        Named("c1", "blaze flames firefighters roof smoke church pastor", "wasilla alaska", 2010),
    ];

    [Fact]
    public void Merge_KeepsAStoryOut_OfATopicDefinedByNamesItLacks()
    {
        var without = TopicMerger.Merge(Fires("greenmart greenmart somerset"), Assign([0, 1, 2]), 0.2, averageLink: true);
        var with = TopicMerger.Merge(Fires("greenmart greenmart somerset"), Assign([0, 1, 2]), 0.2, averageLink: true, nameShare: 0.3);
        Assert.Single(without.Distinct());
        Assert.Equal(with[0], with[1]);
        Assert.NotEqual(with[0], with[2]);
    }

    [Fact]
    public void Merge_LetsAStoryIn_WhenTheTopicSharesOnlyItsKind()
    {
        var topic = TopicMerger.Merge(Fires("freshway somerset"), Assign([0, 1, 2]), 0.2, averageLink: true, nameShare: 0.3);
        Assert.Single(topic.Distinct());
    }

    [Fact]
    public void Merge_LetsAStoryIn_WhenTheNamesSharingStoriesAreOneYearsEvent()
    {
        var sameYear = Fires("greenmart greenmart somerset");
        sameYear[1] = sameYear[1] with { LatestYear = 2008 };
        var topic = TopicMerger.Merge(sameYear, Assign([0, 1, 2]), 0.2, averageLink: true, nameShare: 0.3);
        Assert.Single(topic.Distinct());
    }
}
