using System.Collections.Immutable;
using Corroborate.Analysis.Dates;
using Corroborate.Diagnostics;
using Corroborate.Model;
using static Corroborate.Analysis.Tests.Dates.DateFixtures;

namespace Corroborate.Analysis.Tests.Dates;

public sealed class DatesStageTests
{
    [Theory]
    [InlineData("On Monday the talks resumed.", "2022-02-28")]
    [InlineData("The figures were released on Thursday.", "2022-03-03")]
    [InlineData("They met last Thursday.", "2022-02-24")]
    [InlineData("They will meet again on Monday.", "2022-03-07")]
    public void Weekday_IsAnchoredOnPublicationDate(string text, string expected)
    {
        var doc = Run(text, "2022-03-03");
        Assert.Equal(expected, doc.Dates.Single().Value.ToString());
    }

    [Fact]
    public void RelativeWords_AreAnchored()
    {
        var doc = Run("The vote was yesterday. Prices rose last month and will fall next year.", "2022-03-03");
        Assert.Equal("2022-03-02", Value(doc, "yesterday"));
        Assert.Equal("2022-02", Value(doc, "last month"));
        Assert.Equal("2023", Value(doc, "next year"));
    }

    [Theory]
    [InlineData("Families of Sept. 11 victims met the senator.", "Sept. 11", "2001-09-11")]
    [InlineData("The law followed the September 11 attacks.", "September 11", "2001-09-11")]
    [InlineData("Two of the 9/11 hijackers lived nearby.", "9/11", "2001-09-11")]
    [InlineData("The Sept. 11 anniversary was marked with a vigil.", "Sept. 11", "2016-09-11")]
    [InlineData("The council meets again on Sept. 11 to vote.", "Sept. 11", "2016-09-11")]
    [InlineData("The Jan. 6 committee met again.", "Jan. 6", "2021-01-06")]
    [InlineData("The board meets on Jan. 6 to vote.", "Jan. 6", "2016-01-06")]
    public void TheDayThatNamesTheAttacks_IsOf2001_OtherwiseOfThisYear(string text, string written, string expected) =>
        Assert.Equal(expected, Value(Run(text, "2016-09-20"), written));

    [Fact]
    public void TheDayThatNamesTheAttacks_NeverDatesTheReport() =>
        Assert.Null(Run("The 9/11 hijackers came from abroad, the senator said on Monday.").Metadata.Published.Value);

    [Fact]
    public void ANumericDateWithItsYear_IsNotTheAttacks() =>
        Assert.DoesNotContain(Run("The form was filed on 9/11/2016 at noon.", "2016-09-20").Dates, d => d.Value.ToString() == "2001-09-11");

    [Fact]
    public void AbsoluteDates_KeepTheirPrecision()
    {
        var doc = Run("The treaty was signed on 3 March 2022, ratified in June 2023 and revised in 2024. Talks began 2021-11-30.", "2024-05-01");
        Assert.Equal("2022-03-03", Value(doc, "3 March 2022"));
        Assert.Equal("2023-06", Value(doc, "June 2023"));
        Assert.Equal("2024", Value(doc, "2024"));
        Assert.Equal("2021-11-30", Value(doc, "2021-11-30"));
    }

    [Fact]
    public void PublicationDate_IsNotAHistoricalDate_TheTextOutdates()
    {
        // A birth date in an obituary that also names 2011: not the report's date, and no year for "March 4".
        var doc = Run("The singer, born on May 9, 1931, in Ostrava, died on Monday, March 4. She last toured in 2011.");
        Assert.Null(doc.Metadata.Published.Value);
        var dated = Run("The singer, born on May 9, 1931, died on Monday, March 4, 2013. She last toured in 2011.");
        Assert.Equal("2013-03-04", dated.Metadata.Published.Value.ToString());
    }

    [Fact]
    public void PublicationDate_InferredFromWeekdayAndCopyrightYear()
    {
        var removed = ImmutableArray.Create(new Removal(RemovalKind.Copyright, "© 2019 Example Herald", new Corroborate.Text.TextSpan(0, 1)));
        var doc = Run("The storm reached the coast on Friday, August 14, and the mayor spoke on Saturday.", removed: removed);
        Assert.Equal("2015-08-14", doc.Metadata.Published.Value.ToString());
        Assert.Equal(DateMethod.Text, doc.Metadata.Published.Method);
        Assert.Equal("2015-08-15", Value(doc, "Saturday"));
    }

    [Fact]
    public void WithoutAnyDate_RelativeDatesAreNotInvented()
    {
        var doc = Run("On Monday the council met.");
        Assert.Empty(doc.Dates);
        Assert.Contains(doc.Diagnostics, d => d.Code == Codes.PublishedDateUnknown);
    }

    [Fact]
    public void Rerun_AfterPublicationDateIsSupplied_AnchorsWeekdays()
    {
        var doc = Run("On Monday the council met.");
        doc = doc with { Metadata = doc.Metadata with { Published = new PublishedDate(new DateValue(2022, 3, 3), DateMethod.Inferred, "story") } };
        doc = new DatesStage().Annotate(doc, CancellationToken.None);
        Assert.Equal("2022-02-28", doc.Dates.Single().Value.ToString());
        Assert.DoesNotContain(doc.Diagnostics, d => d.Code == Codes.PublishedDateUnknown);
    }

    [Fact]
    public void MayAsVerb_IsNotADate()
    {
        var doc = Run("Officials said prices may rise.", "2022-03-03");
        Assert.Empty(doc.Dates);
    }
}
