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

    /// <summary>+1 when the text points forward ("next Monday", "will meet on Monday"), -1 back ("last Monday"), 0 unknown.</summary>
    public int Direction { get; init; }

    public bool IsRelative => DayOffset is not null || MonthOffset is not null || YearOffset is not null || (Weekday is not null && Month is null);
}
