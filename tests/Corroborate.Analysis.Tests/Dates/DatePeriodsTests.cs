using Corroborate.Model;
using static Corroborate.Analysis.Tests.Dates.DateFixtures;

namespace Corroborate.Analysis.Tests.Dates;

/// <summary>Periods and references beyond days, months and years, with TimeML values and spans.</summary>
public sealed class DatePeriodsTests
{
    [Theory]
    [InlineData("Profit fell in the second quarter.", "the second quarter", "2021-Q2")]
    [InlineData("Its fourth-quarter sales slipped.", "fourth-quarter", "2020-Q4")]
    [InlineData("The firm lost money in the fiscal first quarter.", "the fiscal first quarter", "2021-Q1")]
    [InlineData("Output rose in the third quarter of 2019.", "the third quarter of 2019", "2019-Q3")]
    [InlineData("Sales should recover in the second half of this year.", "the second half of this year", "2021-H2")]
    [InlineData("Sales recovered in the second half of 2020.", "the second half of 2020", "2020-H2")]
    [InlineData("Orders are up this quarter.", "this quarter", "2021-Q2")]
    [InlineData("Margins held in the latest quarter.", "the latest quarter", "2021-Q1")]
    public void Quarters_AreAnchoredOnTheLatestNotAfterPublication(string text, string written, string expected)
    {
        var doc = Run(text, "2021-05-12");
        Assert.Equal(expected, Value(doc, written));
    }

    [Fact]
    public void YearEarlier_ReadsAgainstTheQuarterLastMentioned()
    {
        var doc = Run("Net income rose in the first quarter. It was lower a year earlier, and in the year-ago quarter sales fell. The quarter was strong.", "2021-05-12");
        Assert.Equal("2021-Q1", Value(doc, "the first quarter"));
        Assert.Equal("2020-Q1", Value(doc, "a year earlier"));
        Assert.Equal("2020-Q1", Value(doc, "the year-ago quarter"));
        Assert.Equal("2021-Q1", Value(doc, "The quarter"));
    }

    [Fact]
    public void YearEarlier_WithoutAQuarter_IsTheYearBefore()
    {
        var doc = Run("Rents climbed sharply. A year earlier they had stalled.", "2021-05-12");
        Assert.Equal("2020", Value(doc, "A year earlier"));
    }

    [Fact]
    public void Weeks_AreIsoWeeksOfTheAnchor()
    {
        // 12 May 2021 is the Wednesday of ISO week 19.
        var doc = Run("Talks stalled last week, resume this week and end next week.", "2021-05-12");
        Assert.Equal("2021-W18", Value(doc, "last week"));
        Assert.Equal("2021-W19", Value(doc, "this week"));
        Assert.Equal("2021-W20", Value(doc, "next week"));
    }

    [Fact]
    public void Weekend_IsTheOneJustPast_UnlessTheFutureIsMeant()
    {
        Assert.Equal("2021-W18-WE", Value(Run("Protesters gathered over the weekend.", "2021-05-12"), "the weekend"));
        Assert.Equal("2021-W19-WE", Value(Run("Protesters will gather over the weekend.", "2021-05-12"), "the weekend"));
    }

    [Theory]
    [InlineData("The bridge opened this summer.", "2021-08-01", "this summer", "2021-SU")]
    [InlineData("The bridge opened last fall.", "2021-02-03", "last fall", "2020-FA")]
    [InlineData("The bridge opened in the spring of 2018.", "2021-08-01", "the spring of 2018", "2018-SP")]
    public void Seasons_AreResolved(string text, string published, string written, string expected) =>
        Assert.Equal(expected, Value(Run(text, published), written));

    [Theory]
    [InlineData("Prices soared in the 1970s.", "the 1970s", "197")]
    [InlineData("Prices soared in the mid-1970s.", "the mid-1970s", "197")]
    [InlineData("Prices soared in the '80s.", "the '80s", "198")]
    [InlineData("Prices soared in the nineties.", "the nineties", "199")]
    [InlineData("Prices soared in the 19th century.", "the 19th century", "18")]
    [InlineData("Prices soared in the 1970's.", "the 1970's", "197")]
    public void DecadesAndCenturies_UseTimeMlValues(string text, string written, string expected) =>
        Assert.Equal(expected, Value(Run(text, "2021-05-12"), written));

    [Theory]
    [InlineData("Now the port is quiet.", "Now", "PRESENT_REF")]
    [InlineData("The port is currently quiet.", "currently", "PRESENT_REF")]
    [InlineData("The port was recently dredged.", "recently", "PAST_REF")]
    [InlineData("Trade will pick up in the near future.", "the near future", "FUTURE_REF")]
    [InlineData("Trade was brisk in the past.", "the past", "PAST_REF")]
    [InlineData("Trade collapsed in recent years.", "recent years", "PAST_REF")]
    [InlineData("Previously, the port handled grain.", "Previously", "PAST_REF")]
    [InlineData("The charge covers future losses.", "future", "FUTURE_REF")]
    public void References_AreNotCalendarDates(string text, string written, string expected)
    {
        var doc = Run(text, "2021-05-12");
        Assert.Equal(expected, Value(doc, written));
        Assert.False(doc.Dates.Single().Value.IsCalendar);
    }

    [Fact]
    public void RecentAsAdjective_LeavesTheArticleOut()
    {
        var doc = Run("The recent storm flooded the valley.", "2021-05-12");
        Assert.Equal("recent", doc.Slice(doc.Dates.Single().Span));
    }

    [Theory]
    [InlineData("The plant closed two years ago.", "two years ago", "2019")]
    [InlineData("The plant closed 10 days ago.", "10 days ago", "2021-05-02")]
    [InlineData("The plant closed five months ago.", "five months ago", "2020-12")]
    [InlineData("The plant closed early next year.", "early next year", "2022")]
    [InlineData("The plant closed at the end of 2020.", "the end of 2020", "2020")]
    [InlineData("The plant closed in fiscal 2019.", "fiscal 2019", "2019")]
    [InlineData("The plant closed in nineteen ninety-six.", "nineteen ninety-six", "1996")]
    [InlineData("The plant closed in nineteen twenty eight.", "nineteen twenty eight", "1928")]
    [InlineData("The plant closed in Q3 2019.", "Q3 2019", "2019-Q3")]
    [InlineData("The plant closed at end of March.", "end of March", "2021-03")]
    [InlineData("The plant closed by the end of the year.", "the end of the year", "2021")]
    [InlineData("The plant closed in the third quarter last year.", "the third quarter last year", "2020-Q3")]
    public void RelativeAndWrittenOutYears_AreResolved(string text, string written, string expected) =>
        Assert.Equal(expected, Value(Run(text, "2021-05-12"), written));

    [Theory]
    [InlineData("The deal closed last April.", "2021-05-12", "last April", "2020-04")]
    [InlineData("The deal closed last February.", "2021-05-12", "last February", "2021-02")]
    [InlineData("The deal will close in January.", "2021-05-12", "January", "2022-01")]
    [InlineData("Output has grown since March.", "2021-05-12", "March", "2021-03")]
    [InlineData("The deal closed in May.", "2021-08-12", "May", "2021-05")]
    public void Months_FollowTheirCue(string text, string published, string written, string expected) =>
        Assert.Equal(expected, Value(Run(text, published), written));

    [Theory]
    [InlineData("The third-quarter loss widened.", "third-quarter")]
    [InlineData("The year-ago results were restated.", "year-ago")]
    [InlineData("They talked about recent losses.", "recent")]
    [InlineData("Revenue for the full year rose.", "the full year")]
    [InlineData("Growth slowed in the year two thousand.", "the year two thousand")]
    public void Spans_FollowTimeMlArticleConventions(string text, string expected)
    {
        var doc = Run(text, "2021-05-12");
        Assert.Equal(expected, doc.Slice(doc.Dates.Single().Span));
    }

    [Fact]
    public void FollowingMonth_CountsFromTheMonthLastNamed()
    {
        var doc = Run("The board met in March. The following month, it sold the unit.", "2021-08-12");
        Assert.Equal("2021-04", Value(doc, "The following month"));
    }

    [Fact]
    public void ImpossibleHalf_IsNotAPeriod()
    {
        var doc = Run("It was the third half of 2020.", "2021-05-12");
        Assert.Equal("2020", Value(doc, "2020"));
        Assert.DoesNotContain(doc.Dates, d => d.Value.Period == DatePeriod.Half);
    }

    [Fact]
    public void PreviouslyInsideASentence_IsNotADate() => Assert.Empty(Run("The firm previously sold the unit.", "2021-05-12").Dates);

    [Theory]
    [InlineData("Rain is forecast to ease during the early morning hours Tuesday and will last into the afternoon.", "2021-08-17")]
    [InlineData("Rain eased during the early morning hours Tuesday, forecasters said, and will return later.", "2021-08-10")]
    public void AWeekdayFollowedByWill_IsTheComingOne(string text, string expected) =>
        Assert.Equal(expected, Value(Run(text, "2021-08-16"), "Tuesday"));

    [Theory]
    [InlineData("The committee investigating the Jan. 6 Harbour riot issued a subpoena.", "2021-01-06")]
    [InlineData("The panel studying the Jan. 6 attack on the depot met again.", "2021-01-06")]
    [InlineData("The panel will meet on Jan. 6 to vote on its report.", "2022-01-06")]
    public void ADayThatNamesAnAttack_IsPast_HoweverNearTheNextOne(string text, string expected) =>
        Assert.Equal(expected, Value(Run(text, "2021-10-13"), "Jan. 6"));

    [Fact]
    public void SetAsParticiple_IsNotAFutureCue()
    {
        var doc = Run("Shares are near the record set on Aug. 6.", "2021-02-10");
        Assert.Equal("2020-08-06", Value(doc, "Aug. 6"));
    }

    [Theory]
    [InlineData("A quarter of the workers left.")]
    [InlineData("Prices may fall further.")]
    [InlineData("He scored early in the second half.")]
    [InlineData("It dates from the 1st century.")]
    [InlineData("She was named player of the year.")]
    [InlineData("The current account deficit widened.")]
    public void NonDates_AreNotDates(string text) => Assert.Empty(Run(text, "2021-05-12").Dates);
}
