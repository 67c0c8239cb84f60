using Corroborate.Model;
using Corroborate.Stories.Clustering;
using Corroborate.Testing;
using Corroborate.Text;

namespace Corroborate.Stories.Tests;

/// <summary>
/// The year signal of the story clusterer: two bouts of one invented boxer years apart, described in nearly the
/// same words. Reports of the later bout are dated; reports of the earlier one only name years in their text.
/// </summary>
public sealed class YearSignalTests
{
    private const string Bout = "knockout round heavyweight title champion";
    private const string Late = "meridov sixth stoppage belt defend arena";
    private const string Early = "tassel seventh cornered referee punch corner";

    private static DocumentFeatures Doc(string id, string extra, DateOnly? published, int? latestYear) => new(
        id,
        Bags.Of(Bout + " " + extra),
        new Dictionary<string, int>(StringComparer.Ordinal) { ["korvac"] = 1, [extra == Late ? "meridov" : "tassel"] = 1 },
        published)
    {
        LatestYear = latestYear,
    };

    // The later bout (dated 2019) against Meridov, then the earlier one (undated, naming 2011) against Tassel.
    private static readonly DocumentFeatures[] Batch =
    [
        Doc("late1", Late, new DateOnly(2019, 4, 13), 2019),
        Doc("late2", Late, new DateOnly(2019, 4, 14), 2019),
        Doc("early1", Early, null, 2011),
        Doc("early2", Early, null, 2011),
    ];

    [Fact]
    public void Cluster_SeparatesBoutsYearsApart_WhenOneSideIsDatedAndTheOtherNamesAYear()
    {
        var s = StreamingClusterer.Cluster(Batch, new StoryClusterOptions()).Select(a => a.Story).ToArray();
        Assert.Equal(s[0], s[1]);
        Assert.Equal(s[2], s[3]);
        Assert.NotEqual(s[0], s[2]);
    }

    [Fact]
    public void Cluster_JoinsTheBouts_WhenTheYearPenaltyIsOff()
    {
        // The fixture is close enough on words alone to join: the separation above comes from the years.
        var s = StreamingClusterer.Cluster(Batch, new StoryClusterOptions { YearPenalty = 0 }).Select(a => a.Story).ToArray();
        Assert.Equal(s[0], s[2]);
    }

    [Fact]
    public void Cluster_JoinsAnUndatedReport_WhenItNamesNoYear()
    {
        DocumentFeatures[] batch = [Batch[0], Batch[1], Doc("plain", Early, null, null)];
        var s = StreamingClusterer.Cluster(batch, new StoryClusterOptions()).Select(a => a.Story).ToArray();
        Assert.Equal(s[0], s[2]);
    }

    [Fact]
    public void Cluster_JoinsAReportNamingTheNextYear_WithinTheTolerance()
    {
        DocumentFeatures[] batch = [Batch[0], Batch[1], Doc("next", Early, null, 2020)];
        var s = StreamingClusterer.Cluster(batch, new StoryClusterOptions()).Select(a => a.Story).ToArray();
        Assert.Equal(s[0], s[2]);
    }

    [Fact]
    public void LatestYear_IsTheLatestWrittenYear_IgnoringRelativeDatesAndDecades()
    {
        var doc = DocMarkup.Parse("The champion, who lost in 2009, won the belt in May 2011 in the 1990s style; next year he retires.");
        int At(string s) => doc.Text.IndexOf(s, StringComparison.Ordinal);
        doc = doc with
        {
            Dates =
            [
                new DateMention(TextSpan.FromLength(At("2009"), 4), new DateValue(2009), DateKind.Partial),
                new DateMention(TextSpan.FromLength(At("May 2011"), 8), new DateValue(2011, 5), DateKind.Partial),
                new DateMention(TextSpan.FromLength(At("the 1990s"), 9), DateValue.DecadeOf(1990), DateKind.Partial),
                new DateMention(TextSpan.FromLength(At("next year"), 9), new DateValue(2012), DateKind.Relative),
            ],
        };
        Assert.Equal(2011, DocumentFeatures.Of(doc).LatestYear);
    }

    [Fact]
    public void LatestYear_IsNull_WhenTheTextNamesNoYear()
    {
        var doc = DocMarkup.Parse("The champion defended his belt on Saturday night.");
        Assert.Null(DocumentFeatures.Of(doc).LatestYear);
    }
}
