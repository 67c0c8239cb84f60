using Corroborate.Model;

namespace Corroborate.Core.Tests.Model;

public sealed class DateValueTests
{
    [Fact]
    public void DaysMonthsAndYears_PrintAsIso()
    {
        Assert.Equal("2022-03-03", new DateValue(2022, 3, 3).ToString());
        Assert.Equal("2022-03", new DateValue(2022, 3).ToString());
        Assert.Equal("2022", new DateValue(2022).ToString());
    }

    [Fact]
    public void Periods_PrintAsTimeMlValues()
    {
        Assert.Equal("2021-Q4", DateValue.QuarterOf(2021, 4).ToString());
        Assert.Equal("2021-H2", DateValue.HalfOf(2021, 2).ToString());
        Assert.Equal("2021-FA", DateValue.SeasonOf(2021, 3).ToString());
        Assert.Equal("197", DateValue.DecadeOf(1975).ToString());
        Assert.Equal("18", DateValue.CenturyOf(1850).ToString());
        Assert.Equal("PAST_REF", DateValue.Reference(DatePeriod.PastReference, 2021).ToString());
    }

    [Fact]
    public void WeekOf_UsesIsoWeekYear_WhenJanuaryFirstFallsLate()
    {
        // 1 January 2021 was a Friday: it belongs to week 53 of 2020.
        Assert.Equal("2020-W53", DateValue.WeekOf(new DateOnly(2021, 1, 1)).ToString());
        Assert.Equal("2021-W02-WE", DateValue.WeekOf(new DateOnly(2021, 1, 16), weekend: true).ToString());
    }

    [Fact]
    public void CompareTo_KeepsPeriodsStartingTheSameDayApart()
    {
        var year = new DateValue(2021);
        var half = DateValue.HalfOf(2021, 1);
        var quarter = DateValue.QuarterOf(2021, 1);
        var month = new DateValue(2021, 1);
        Assert.True(year.CompareTo(half) < 0);
        Assert.True(half.CompareTo(quarter) < 0);
        Assert.True(quarter.CompareTo(month) < 0);
        Assert.NotEqual(0, quarter.CompareTo(half));
    }

    [Fact]
    public void References_AreNotCalendarDates()
    {
        Assert.False(DateValue.Reference(DatePeriod.PresentReference, 2021).IsCalendar);
        Assert.True(DateValue.QuarterOf(2021, 2).IsCalendar);
        Assert.False(DateValue.QuarterOf(2021, 2).IsDay);
    }

    [Fact]
    public void OffCalendarParts_SortWithoutThrowing_AndAreNoDay()
    {
        // Year 0 (a default value, "the first century"), a 31st of April: clamped for ordering, never a day.
        Assert.Equal(new DateOnly(1, 1, 1), default(DateValue).FirstDay);
        Assert.True(default(DateValue).CompareTo(new DateValue(2021)) < 0);
        Assert.Equal(new DateOnly(2021, 4, 30), new DateValue(2021, 4, 31).FirstDay);
        Assert.Null(new DateValue(2021, 4, 31).AsDay);
        Assert.Null(new DateValue(2021, 2, 29).AsDay);
        Assert.Equal(new DateOnly(2020, 2, 29), new DateValue(2020, 2, 29).AsDay);
    }
}
