using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Analysis.Dates;

/// <summary>A date as written, before it is anchored: any of its parts may be missing.</summary>
internal sealed record DateExpression(TextSpan Span)
{
    public int? Year { get; init; }
    public int? Month { get; init; }
    public int? Day { get; init; }
    public DayOfWeek? Weekday { get; init; }

    /// <summary>For relative expressions: days from the anchor ("yesterday" → -1).</summary>
    public int? DayOffset { get; init; }

    /// <summary>For "last month"/"this year"/"next year": months or years from the anchor and the precision.</summary>
    public int? MonthOffset { get; init; }
    public int? YearOffset { get; init; }

    /// <summary>"this week" 0, "last week" -1: weeks from the anchor's ISO week.</summary>
    public int? WeekOffset { get; init; }

    /// <summary>"this quarter" 0, "last quarter" -1: quarters from the anchor's quarter.</summary>
    public int? PeriodOffset { get; init; }

    /// <summary>+1 when the text points forward ("next Monday", "will meet on Monday"), -1 back ("last Monday"), 0 unknown.</summary>
    public int Direction { get; init; }

    /// <summary>Week, weekend, quarter, half, season, decade, century or a reference ("now"); None for days, months, years.</summary>
    public DatePeriod Period { get; init; }

    /// <summary>Quarter, half or season number when written ("the third quarter" → 3); null when the context gives it.</summary>
    public int? PeriodIndex { get; init; }

    /// <summary>
    /// Read against the period last mentioned rather than the anchor: "the quarter", "the latest period",
    /// "a year earlier", "the year-ago quarter" (with <see cref="YearOffset"/> -1).
    /// </summary>
    public bool FromContext { get; init; }

    /// <summary>A day that names an event of another year ("the Sept. 11 attacks"): never the report's own date.</summary>
    public bool NamesEvent { get; init; }

    public bool IsRelative => DayOffset is not null || MonthOffset is not null || YearOffset is not null || WeekOffset is not null || PeriodOffset is not null
        || FromContext || (Weekday is not null && Month is null)
        || (Period is not DatePeriod.None and not DatePeriod.Decade and not DatePeriod.Century && Year is null);
}
