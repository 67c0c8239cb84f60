using System.Globalization;

namespace Corroborate.Model;

/// <summary>
/// What a <see cref="DateValue"/> names beyond a plain year, month or day: a calendar period that is not a month
/// ("the third quarter", "last week", "this summer", "the 1990s") or a reference to the present, past or future
/// ("now", "recently", "soon") that has no calendar position at all. TimeML (TIMEX3 value) is the model.
/// </summary>
public enum DatePeriod
{
    /// <summary>A year, a month of a year or a day, by which of Month and Day are set.</summary>
    None,
    Week,
    Weekend,
    Quarter,
    Half,
    Season,
    Decade,
    Century,
    PresentReference,
    PastReference,
    FutureReference,
}

/// <summary>
/// A calendar date at the precision the text supports: a year, a month of a year, or a day; additively also an ISO
/// week (and its weekend), a quarter, a half, a season (1 spring … 4 winter), a decade or a century of a year, or a
/// present/past/future reference. ISO output of years, months and days is unchanged; the others print as TimeML
/// values (1998-W12, 1998-W12-WE, 1998-Q3, 1998-H1, 1998-SU, 199, 19, PRESENT_REF).
/// </summary>
public readonly record struct DateValue(int Year, int? Month = null, int? Day = null) : IComparable<DateValue>
{
    /// <summary>The period kind; <see cref="DatePeriod.None"/> for years, months and days.</summary>
    public DatePeriod Period { get; init; }

    /// <summary>The week (ISO, 1–53), quarter (1–4), half (1–2) or season (1–4) within <see cref="Year"/>.</summary>
    public int Index { get; init; }

    public static DateValue Of(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>The ISO week holding <paramref name="date"/> (its year is the ISO week-year).</summary>
    public static DateValue WeekOf(DateOnly date, bool weekend = false)
    {
        var dt = date.ToDateTime(TimeOnly.MinValue);
        return new(ISOWeek.GetYear(dt)) { Period = weekend ? DatePeriod.Weekend : DatePeriod.Week, Index = ISOWeek.GetWeekOfYear(dt) };
    }

    public static DateValue QuarterOf(int year, int quarter) => new(year) { Period = DatePeriod.Quarter, Index = quarter };

    public static DateValue HalfOf(int year, int half) => new(year) { Period = DatePeriod.Half, Index = half };

    /// <summary>Season 1 spring, 2 summer, 3 fall, 4 winter.</summary>
    public static DateValue SeasonOf(int year, int season) => new(year) { Period = DatePeriod.Season, Index = season };

    /// <summary>The decade starting at <paramref name="year"/> rounded down to ten (1994 → the 1990s).</summary>
    public static DateValue DecadeOf(int year) => new(year - (year % 10)) { Period = DatePeriod.Decade };

    /// <summary>The century whose years start with <paramref name="year"/>/100 (TimeML: the 20th century is "19").</summary>
    public static DateValue CenturyOf(int year) => new(year - (year % 100)) { Period = DatePeriod.Century };

    /// <summary>"now", "recently", "soon": <paramref name="anchorYear"/> only orders it; it prints no year.</summary>
    public static DateValue Reference(DatePeriod kind, int anchorYear) => new(anchorYear) { Period = kind };

    public bool IsDay => Period == DatePeriod.None && Month is not null && Day is not null;

    /// <summary>False for present/past/future references, which have no place on a calendar or timeline.</summary>
    public bool IsCalendar => Period is not (DatePeriod.PresentReference or DatePeriod.PastReference or DatePeriod.FutureReference);

    /// <summary>
    /// The first day the value covers (1 January for a year, the 1st for a month, Monday for a week). Parts outside
    /// the calendar (year 0 of a default value or of "the first century", a 31st of a 30-day month, week 54) are
    /// clamped to the nearest day rather than thrown: sorting and timelines must never fail on one odd date.
    /// </summary>
    public DateOnly FirstDay
    {
        get
        {
            int year = Math.Clamp(Year, 1, 9999);
            int Month1(int m) => Math.Clamp(m, 1, 12);
            return Period switch
            {
                DatePeriod.Week => DateOnly.FromDateTime(ISOWeek.ToDateTime(year, Math.Clamp(Index, 1, ISOWeek.GetWeeksInYear(year)), DayOfWeek.Monday)),
                DatePeriod.Weekend => DateOnly.FromDateTime(ISOWeek.ToDateTime(year, Math.Clamp(Index, 1, ISOWeek.GetWeeksInYear(year)), DayOfWeek.Saturday)),
                DatePeriod.Quarter => new(year, Month1((3 * (Index - 1)) + 1), 1),
                DatePeriod.Half => new(year, Month1((6 * (Index - 1)) + 1), 1),
                DatePeriod.Season => new(year, Math.Clamp(3 * Index, 3, 12), 1),
                _ => new(year, Month1(Month ?? 1), Math.Clamp(Day ?? 1, 1, DateTime.DaysInMonth(year, Month1(Month ?? 1)))),
            };
        }
    }

    /// <summary>The day, when the value is one that exists on the calendar.</summary>
    public DateOnly? AsDay => IsDay && Year is >= 1 and <= 9999 && Month is >= 1 and <= 12 && Day >= 1 && Day <= DateTime.DaysInMonth(Year, Month.Value)
        ? new DateOnly(Year, Month.Value, Day!.Value)
        : null;

    public int CompareTo(DateValue other) => FirstDay.CompareTo(other.FirstDay) is var c and not 0
        ? c
        : Precision.CompareTo(other.Precision) is var p and not 0 ? p : Index.CompareTo(other.Index);

    /// <summary>Coarse to fine, so that values starting the same day still sort and never compare equal across kinds.</summary>
    private int Precision => Period switch
    {
        DatePeriod.Century => -3,
        DatePeriod.Decade => -2,
        DatePeriod.Half => 1,
        DatePeriod.Quarter => 2,
        DatePeriod.Season => 3,
        DatePeriod.Week => 5,
        DatePeriod.Weekend => 6,
        DatePeriod.PastReference => 8,
        DatePeriod.PresentReference => 9,
        DatePeriod.FutureReference => 10,
        _ => Day is not null ? 7 : Month is not null ? 4 : 0,
    };

    /// <summary>ISO 8601 at this precision: 2022, 2022-03 or 2022-03-03; TimeML values for the other periods.</summary>
    public override string ToString() => Period switch
    {
        DatePeriod.Week => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-W{Index:D2}"),
        DatePeriod.Weekend => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-W{Index:D2}-WE"),
        DatePeriod.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-Q{Index}"),
        DatePeriod.Half => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-H{Index}"),
        DatePeriod.Season => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{SeasonCodes[Math.Clamp(Index, 1, 4) - 1]}"),
        DatePeriod.Decade => (Year / 10).ToString("D3", CultureInfo.InvariantCulture),
        DatePeriod.Century => (Year / 100).ToString("D2", CultureInfo.InvariantCulture),
        DatePeriod.PresentReference => "PRESENT_REF",
        DatePeriod.PastReference => "PAST_REF",
        DatePeriod.FutureReference => "FUTURE_REF",
        _ => Month is null
            ? Year.ToString("D4", CultureInfo.InvariantCulture)
            : Day is null
                ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}")
                : string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
    };

    private static readonly string[] SeasonCodes = ["SP", "SU", "FA", "WI"];

    public static bool TryParse(string? text, out DateValue value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parts = text.Trim().Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4) return false;
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int y)) return false;
        int? m = null, d = null;
        if (parts.Length > 1)
        {
            if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int mm) || mm is < 1 or > 12) return false;
            m = mm;
        }

        if (parts.Length > 2)
        {
            if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out int dd)
                || dd < 1 || dd > DateTime.DaysInMonth(y, m!.Value)) return false;
            d = dd;
        }

        value = new DateValue(y, m, d);
        return true;
    }
}
