using Corroborate.Stories.Clustering;

namespace Corroborate.Stories.Tests;

/// <summary>Clusterer and topic merger over hand-written feature counts (invented events, no real text).</summary>
public sealed class ClusteringTests
{
    private static DocumentFeatures Doc(string id, string terms, string names) => new(
        id,
        Bags.Of(terms),
        Bags.Of(names),
        null);

    // A warehouse fire and a church fire (one kind, two events) and one election: three events, two topics.
    private static readonly DocumentFeatures[] Batch =
    [
        Doc("a1", "fire blaze firefighter arson warehouse forklift pallet loading dock", "brackley hollins"),
        Doc("b1", "election vote ballot candidate parliament turnout poll result seat party", "ostria varga"),
        Doc("a2", "fire blaze firefighter warehouse forklift pallet loading collapse", "brackley hollins"),
        Doc("c1", "fire blaze firefighter arson church pastor congregation candle steeple", "dunmere peck"),
        Doc("b2", "election vote ballot turnout candidate seat party count poll", "ostria varga"),
        Doc("c2", "fire blaze firefighter church congregation pastor candle steeple", "dunmere peck"),
    ];

    [Fact]
    public void Cluster_GivesTheSameAssignments_WhenRunTwiceOnOneOrder()
    {
        var a = StreamingClusterer.Cluster(Batch, new StoryClusterOptions());
        var b = StreamingClusterer.Cluster(Batch, new StoryClusterOptions());
        Assert.Equal(a.Select(x => x.Story), b.Select(x => x.Story));
        Assert.Equal(a.Select(x => x.Reason), b.Select(x => x.Reason));
    }

    [Fact]
    public void Cluster_SeparatesEventsOfOneKind_WhenTheirNamesDiffer()
    {
        var s = StreamingClusterer.Cluster(Batch, new StoryClusterOptions()).Select(x => x.Story).ToArray();
        Assert.Equal(s[0], s[2]);
        Assert.Equal(s[3], s[5]);
        Assert.Equal(s[1], s[4]);
        Assert.NotEqual(s[0], s[3]);
        Assert.NotEqual(s[0], s[1]);
    }

    [Fact]
    public void Cluster_GivesEveryDocumentAReason_WithAnyNumberOfRefinePasses()
    {
        foreach (var passes in new[] { 0, 1, 4 })
        {
            var result = StreamingClusterer.Cluster(Batch, new StoryClusterOptions { RefinePasses = passes });
            Assert.Equal(Batch.Length, result.Count);
            Assert.All(result, a => Assert.False(string.IsNullOrEmpty(a.Reason)));
        }
    }

    // A feed's reports, dated by their metadata, about one council and its mayor.
    private static DocumentFeatures Dated(string id, string terms, DateOnly published, string names = "corran council mayor tilde") =>
        new(id, Bags.Of(terms), Bags.Of(names), published, PublishedFromMetadata: true);

    [Fact]
    public void Cluster_StartsANewStory_WhenAFeedReportOfTheSameNamesComesWeeksLater()
    {
        var day = new DateOnly(2024, 3, 4);
        DocumentFeatures[] feed =
        [
            Dated("v1", "council vote budget school levy approve session", day),
            Dated("v2", "council vote budget school levy approve amendment", day.AddDays(2)),
            Dated("v3", "council vote budget transit levy approve fare", day.AddDays(30)),
        ];
        var result = StreamingClusterer.Cluster(feed, new StoryClusterOptions());
        Assert.Equal(result[0].Story, result[1].Story);
        Assert.NotEqual(result[0].Story, result[2].Story);
        Assert.Contains("days apart", result[2].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Cluster_DoesNotLetADailyChainOfDevelopmentsGrowIntoOneStory()
    {
        // Each day's report shares two of its three topic words and one of its two speakers with the day before, so
        // every report is one day from the last member: measured from the story's nearest date the chain would
        // never pay for time.
        string[] words = ["levy", "school", "transit", "fare", "depot", "bond", "audit", "pension", "harbour", "zoning", "permit", "library"];
        var day = new DateOnly(2024, 3, 4);
        var feed = Enumerable.Range(0, 10)
            .Select(i => Dated($"d{i}", $"council vote {words[i]} {words[i + 1]} {words[i + 2]}", day.AddDays(i), $"corran {words[i]}man {words[i + 1]}man"))
            .ToArray();
        var stories = StreamingClusterer.Cluster(feed, new StoryClusterOptions()).Select(a => a.Story).ToArray();
        Assert.Equal(stories[0], stories[1]);
        Assert.NotEqual(stories[0], stories[^1]);
    }

    [Fact]
    public void TopicMerger_JoinsStoriesOfOneKind_AndKeepsOtherKindsApart()
    {
        var options = new StoryClusterOptions();
        var assignments = StreamingClusterer.Cluster(Batch, options);
        var topicOf = TopicMerger.Merge(Batch, assignments, options.TopicThreshold, options.TopicTerms);
        int Topic(int i) => topicOf[assignments[i].Story];
        Assert.Equal(Topic(0), Topic(3));
        Assert.NotEqual(Topic(0), Topic(1));
    }

    [Fact]
    public void TopicMerger_JoinsStoriesOfOneKind_WithTheDefaultTopicOptions()
    {
        var options = new StoryClusterOptions();
        var assignments = StreamingClusterer.Cluster(Batch, options);
        var topicOf = TopicMerger.Merge(Batch, assignments, options);
        int Topic(int i) => topicOf[assignments[i].Story];
        Assert.Equal(Topic(0), Topic(3));
        Assert.NotEqual(Topic(0), Topic(1));
    }
}
