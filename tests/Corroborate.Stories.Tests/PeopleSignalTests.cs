using Corroborate.Stories.Clustering;
using Corroborate.Testing;

namespace Corroborate.Stories.Tests;

/// <summary>
/// The participant signal of the story clusterer: two invented riots in one invented capital, described in the
/// same words, one after a teenager named Harlin was shot and one against austerity with a minister named Dorsek.
/// </summary>
public sealed class PeopleSignalTests
{
    private const string Riot = "riot police tear gas protest capital student night shop window";

    private static DocumentFeatures Doc(string id, string extra, string people) =>
        new(id, Bags.Of(Riot + " " + extra), Bags.Of(("velmora police " + people).Trim()), null) { People = Bags.Of(people) };

    private static readonly DocumentFeatures[] Batch =
    [
        Doc("shot1", "shot teenager funeral", "harlin harlin"),
        Doc("shot2", "shot teenager vigil", "harlin harlin"),
        Doc("cuts1", "austerity strike bank firebomb", "dorsek dorsek"),
        Doc("cuts2", "austerity strike bank firebomb", "dorsek dorsek"),
    ];

    [Fact]
    public void Cluster_SeparatesEventsOfOneKind_WhenTheyNameDifferentPeople()
    {
        var s = StreamingClusterer.Cluster(Batch, new StoryClusterOptions()).Select(a => a.Story).ToArray();
        Assert.Equal(s[0], s[1]);
        Assert.Equal(s[2], s[3]);
        Assert.NotEqual(s[0], s[2]);
    }

    [Fact]
    public void Cluster_JoinsTheEvents_WhenTheParticipantPenaltyIsOff()
    {
        // Close enough on words and places alone to join: the separation above comes from the people.
        var s = StreamingClusterer.Cluster(Batch, new StoryClusterOptions { ParticipantPenalty = 0 }).Select(a => a.Story).ToArray();
        Assert.Equal(s[0], s[2]);
    }

    [Fact]
    public void Assignment_SaysThePeoplePenaltyKeptTheReportOut_WhenItStartsAStory()
    {
        var a = StreamingClusterer.Cluster(Batch, new StoryClusterOptions());
        Assert.True(a[2].Started);
        Assert.StartsWith(AssignmentReasons.BelowThreshold, a[2].Reason, StringComparison.Ordinal);
        Assert.Contains("different people −0.30", a[2].Reason, StringComparison.Ordinal);
        // A plain join carries no penalty note.
        Assert.Equal(AssignmentReasons.Joined, a[1].Reason);
    }

    [Fact]
    public void Cluster_JoinsAReportNamingNobody_ToTheStoryItsWordsFit()
    {
        DocumentFeatures[] batch = [.. Batch, Doc("plain", "shot teenager march", "")];
        var s = StreamingClusterer.Cluster(batch, new StoryClusterOptions()).Select(a => a.Story).ToArray();
        Assert.Equal(s[0], s[4]);
    }

    [Fact]
    public void Cluster_JoinsAReportNamingAnotherPersonBesideTheStorysOwn()
    {
        DocumentFeatures[] batch = [Batch[0], Batch[1], Doc("both", "shot teenager funeral", "harlin harlin dorsek dorsek")];
        var s = StreamingClusterer.Cluster(batch, new StoryClusterOptions()).Select(a => a.Story).ToArray();
        Assert.Equal(s[0], s[2]);
    }

    [Fact]
    public void People_HoldsPersonEntitiesOnly_BySurname()
    {
        var doc = DocMarkup.Parse("Minister [Ana Dorsek](PER#dorsek) visited [Velmora](LOC#velmora) after [Dorsek](PER#dorsek) spoke.");
        var people = DocumentFeatures.Of(doc).People;
        Assert.Equal(["dorsek"], people.Keys);
        Assert.Equal(2, people["dorsek"]);
    }
}
