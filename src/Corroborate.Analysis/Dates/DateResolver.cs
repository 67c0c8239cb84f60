using Corroborate.Model;

namespace Corroborate.Analysis.Dates;

/// <summary>Turns written dates into calendar dates, given the publication date as the anchor.</summary>
internal static class DateResolver
{
    /// <summary>How far back a weekday with a day of month may fix the year when only an upper bound is known.</summary>
    private const int YearSearch = 12;

    public static DateValue? Resolve(DateExpression e, DateOnly? anchor, bool anchorIsExact = true, DateContext? context = null)
    {
        switch (e.Period)
        {
            case DatePeriod.PresentReference or DatePeriod.PastReference or DatePeriod.FutureReference:
                return DateValue.Reference(e.Period, anchor?.Year ?? 1);
            case DatePeriod.Decade:
                return e.Year is int decade ? DateValue.DecadeOf(decade)
                    : anchor is DateOnly da ? DateValue.DecadeOf(da.Year + (10 * (e.YearOffset ?? 0))) : null;
            case DatePeriod.Century when e.Year is int century:
                return DateValue.CenturyOf(century);
            case DatePeriod.Quarter or DatePeriod.Half:
                return Period(e, anchor, context);
            case DatePeriod.Season:
                return Season(e, anchor);
            case DatePeriod.Week or DatePeriod.Weekend:
                return anchor is DateOnly wa ? Week(e, wa) : null;
        }

        if (e.FromContext && e.Period == DatePeriod.None && e.MonthOffset is int monthsAfter)
        {
            // "the following month": after the month last named, else the anchor's.
            var from = context?.LastCalendar is { Month: int lm } lc && lc.Period == DatePeriod.None ? new DateOnly(lc.Year, lm, 1)
                : anchor is DateOnly ma ? new DateOnly(ma.Year, ma.Month, 1) : (DateOnly?)null;
            return from is DateOnly f ? new DateValue(f.AddMonths(monthsAfter).Year, f.AddMonths(monthsAfter).Month) : null;
        }

        if (e.FromContext && e.Period == DatePeriod.None && e.YearOffset is int contextOffset)
        {
            // "a year earlier", "year-ago": in results copy, the quarter just reported, a year back; else the year.
            if (context?.LastQuarter is { } q && contextOffset < 0) return DateValue.QuarterOf(q.Year + contextOffset, q.Index);
            if (contextOffset >= 0 && context?.LastCalendar is { } last) return new DateValue(last.Year + contextOffset);
            return anchor is DateOnly ya ? new DateValue(ya.Year + contextOffset) : null;
        }

        if (e.Year is int y && e.Month is int m && e.Day is int d) return new DateValue(y, m, d);
        if (e.Year is int y2 && e.Month is int m2) return new DateValue(y2, m2);
        if (e.Year is int y3 && e.Month is null && e.Day is null && e.Weekday is null) return new DateValue(y3);
        if (anchor is not DateOnly a) return null;

        if (e.Month is int month && e.Day is int day)
        {
            var date = NearestYear(month, day, a, e.Weekday, e.Direction);
            return date is null ? null : DateValue.Of(date.Value);
        }

        if (e.Month is int monthOnly)
        {
            // "in March": this year's March unless the text points elsewhere or it lies well ahead of the anchor;
            // "last April": the latest April before this month; "next April"/"will ... in April": the next one.
            int year = e.YearOffset is int yo0 ? a.Year + yo0
                : e.Direction < 0 ? (monthOnly < a.Month - 1 ? a.Year : a.Year - 1) // the month just gone is "last month"
                : e.Direction > 0 ? (monthOnly >= a.Month ? a.Year : a.Year + 1)
                : monthOnly > a.Month + 2 ? a.Year - 1 : a.Year;
            return new DateValue(year, monthOnly);
        }

        if (e.DayOffset is int offset) return DateValue.Of(a.AddDays(offset));
        if (e.MonthOffset is int mo)
        {
            var first = new DateOnly(a.Year, a.Month, 1).AddMonths(mo);
            return new DateValue(first.Year, first.Month);
        }

        if (e.YearOffset is int yo) return new DateValue(a.Year + yo);
        if (e.Weekday is DayOfWeek weekday)
        {
            // An anchor read from the text is the latest date the article mentions, not when it was published:
            // the article may well be a day or two later, so the nearest such weekday is the better guess.
            return DateValue.Of(e.Direction == 0 && !anchorIsExact ? Nearest(a, weekday) : Weekday(a, weekday, e.Direction));
        }
        return null;
    }

    /// <summary>
    /// Quarters and halves. Written with a year, that year; "this year's"/"last year's", from the anchor's year;
    /// "the quarter", "the latest period", "the year-ago quarter", from the quarter last mentioned (or, before any,
    /// the last complete quarter before the anchor: what results copy reports); a bare "third quarter", the latest
    /// one not after the anchor's quarter unless the sentence speaks of the future.
    /// </summary>
    private static DateValue? Period(DateExpression e, DateOnly? anchor, DateContext? context)
    {
        bool quarter = e.Period == DatePeriod.Quarter;
        int per = quarter ? 4 : 2;
        var last = quarter ? context?.LastQuarter : null;
        DateValue Make(int year, int index) => quarter ? DateValue.QuarterOf(year, index) : DateValue.HalfOf(year, index);
        if (e.Year is int y)
        {
            int? index = e.PeriodIndex ?? last?.Index;
            return index is int ix ? Make(y, ix) : new DateValue(y);
        }

        if (anchor is not DateOnly a) return null;
        int current = ((a.Month - 1) / (12 / per)) + 1;
        if (e.PeriodOffset is int po)
        {
            int total = (a.Year * per) + (current - 1) + po;
            return Make(Math.DivRem(total, per, out int rem), rem + 1);
        }

        if (e.FromContext)
        {
            if (!quarter && e.PeriodIndex is null) return null;
            int total = (a.Year * per) + (current - 1) - 1;
            var baseValue = last ?? Make(Math.DivRem(total, per, out int rem), rem + 1);
            return Make(baseValue.Year + (e.YearOffset ?? 0), e.PeriodIndex ?? baseValue.Index);
        }

        if (e.YearOffset is int yo) return Make(a.Year + yo, e.PeriodIndex ?? last?.Index ?? current);
        if (e.PeriodIndex is not int n) return null;
        return Make(n > current && e.Direction <= 0 ? a.Year - 1 : a.Year, n);
    }

    private static DateValue? Season(DateExpression e, DateOnly? anchor)
    {
        if (e.PeriodIndex is not int season) return null;
        if (e.Year is int y) return DateValue.SeasonOf(y, season);
        if (anchor is not DateOnly a) return null;
        int current = a.Month switch { >= 3 and <= 5 => 1, >= 6 and <= 8 => 2, >= 9 and <= 11 => 3, _ => 4 };
        // January and February belong to the winter that began the December before.
        int seasonYear = a.Month <= 2 ? a.Year - 1 : a.Year;
        int year = e.Direction switch
        {
            < 0 => season < current ? seasonYear : seasonYear - 1,
            > 0 => season > current ? seasonYear : seasonYear + 1,
            _ => a.Year,
        };
        return DateValue.SeasonOf(year, season);
    }

    /// <summary>
    /// ISO weeks from the anchor's; "the weekend" without "last"/"next" is the latest one (this week's when the
    /// anchor is on it or the sentence speaks of the future).
    /// </summary>
    private static DateValue Week(DateExpression e, DateOnly a)
    {
        if (e.Period == DatePeriod.Week) return DateValue.WeekOf(a.AddDays(7 * (e.WeekOffset ?? 0)));
        if (e.WeekOffset is int wo) return DateValue.WeekOf(a.AddDays(7 * wo), weekend: true);
        bool onWeekend = a.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        return DateValue.WeekOf(onWeekend || e.Direction > 0 ? a : a.AddDays(-7), weekend: true);
    }

    /// <summary>
    /// A weekday named in news copy: the most recent such day on or before the anchor, unless the text points
    /// forward ("next Monday", "will meet on Monday") or back past the anchor day ("last Monday").
    /// </summary>
    public static DateOnly Weekday(DateOnly anchor, DayOfWeek day, int direction)
    {
        int back = ((int)anchor.DayOfWeek - (int)day + 7) % 7;
        return direction switch
        {
            > 0 => anchor.AddDays(((int)day - (int)anchor.DayOfWeek + 7) % 7 is 0 ? 7 : ((int)day - (int)anchor.DayOfWeek + 7) % 7),
            < 0 => anchor.AddDays(back == 0 ? -7 : -back),
            _ => anchor.AddDays(-back),
        };
    }

    private static DateOnly Nearest(DateOnly anchor, DayOfWeek day)
    {
        int back = ((int)anchor.DayOfWeek - (int)day + 7) % 7;
        return back <= 3 ? anchor.AddDays(-back) : anchor.AddDays(7 - back);
    }

    /// <summary>The year that puts a day of month nearest the anchor (favouring the past), checked against a weekday when given.</summary>
    private static DateOnly? NearestYear(int month, int day, DateOnly anchor, DayOfWeek? weekday, int direction)
    {
        DateOnly? best = null;
        int bestDistance = int.MaxValue;
        for (int y = anchor.Year - 1; y <= anchor.Year + 1; y++)
        {
            if (day > DateTime.DaysInMonth(y, month)) continue;
            var candidate = new DateOnly(y, month, day);
            if (weekday is not null && candidate.DayOfWeek != weekday) continue;
            int distance = candidate.DayNumber - anchor.DayNumber;
            if (direction < 0 && distance > 0) continue; // a day that names what happened ("the Jan. 6 riot") is past
            // Dates ahead of the anchor are less likely in reports than dates behind it, unless the sentence
            // speaks of the future ("will succeed him Feb. 1").
            int cost = direction > 0 ? (distance >= 0 ? distance : -distance * 3) : distance > 0 ? distance * 3 : -distance;
            if (cost < bestDistance)
            {
                bestDistance = cost;
                best = candidate;
            }
        }

        return best ?? (weekday is not null ? NearestYear(month, day, anchor, null, direction) : null);
    }

    /// <summary>The latest year not after <paramref name="bound"/> in which the day of month falls on the weekday.</summary>
    public static DateOnly? YearFromWeekday(int month, int day, DayOfWeek weekday, int bound)
    {
        for (int y = bound; y > bound - YearSearch; y--)
        {
            if (day > DateTime.DaysInMonth(y, month)) continue;
            var date = new DateOnly(y, month, day);
            if (date.DayOfWeek == weekday) return date;
        }

        return null;
    }
}

/// <summary>What the dates before this one named: "the quarter" and "a year earlier" are read against it.</summary>
internal sealed class DateContext
{
    public DateValue? LastQuarter { get; set; }

    public DateValue? LastCalendar { get; set; }
}
