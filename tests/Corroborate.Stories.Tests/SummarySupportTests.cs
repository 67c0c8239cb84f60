using Corroborate.Stories.Briefs;
using Corroborate.Testing;

namespace Corroborate.Stories.Tests;

/// <summary>Which sentences of the other sources a summary line cites as support.</summary>
public sealed class SummarySupportTests
{
    private const string Point = "Fishermen in Veltra have not left the blockaded harbour for three whole weeks.";

    private static HashSet<string> Ids(params string[] ids) => new(ids, StringComparer.Ordinal);

    [Fact]
    public void Build_CitesFirstOfEqualSupporters_WhenASourceRepeatsThePoint()
    {
        var a = DocMarkup.Parse(Point, "a");
        var bText = "Ostria's council met late on Sunday evening to discuss the ferry timetable. " + Point + " " + Point;
        var b = DocMarkup.Parse(bText, "b");
        var line = Assert.Single(SummaryBuilder.Build([a, b], Ids("a", "b"), 16));
        Assert.Equal(["a", "b"], line.Evidence.Select(e => e.DocumentId));
        Assert.Equal(bText.IndexOf(Point, StringComparison.Ordinal), line.Evidence[1].Span.Start);
    }

    [Fact]
    public void Build_CitesOnlyItsOwnSentence_WhenNoOtherSourceSharesAWord()
    {
        var a = DocMarkup.Parse(Point, "a");
        var b = DocMarkup.Parse("Orchestra musicians rehearsed Mahler symphonies inside Ostria's cathedral yesterday afternoon.", "b");
        var lines = SummaryBuilder.Build([a, b], Ids("a", "b"), 12);
        var line = Assert.Single(lines);
        Assert.Equal("a", Assert.Single(line.Evidence).DocumentId);
    }

    [Fact]
    public void Build_CitesEveryAgreeingSource_InDocumentOrder()
    {
        var a = DocMarkup.Parse("The weather bureau in Ostria issued a storm warning for the coast. " + Point, "a");
        var b = DocMarkup.Parse(Point, "b");
        var c = DocMarkup.Parse("For three whole weeks fishermen in Veltra have not left the blockaded harbour.", "c");
        var line = SummaryBuilder.Build([a, b, c], Ids("a", "b", "c"), 16)[0];
        Assert.Equal(Point, line.Text);
        Assert.Equal(["b", "a", "c"], line.Evidence.Select(e => e.DocumentId));
    }
}
