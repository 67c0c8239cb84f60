using Corroborate.Model;

namespace Corroborate.Analysis.Dates;

/// <summary>Turns written dates into calendar dates, given the publication date as the anchor.</summary>
internal static class DateResolver
{
    /// <summary>How far back a weekday with a day of month may fix the year when only an upper bound is known.</summary>
    private const int YearSearch = 12;

    public static DateValue? Resolve(DateExpression e, DateOnly? anchor, bool anchorIsExact = true)
    {
        if (e.Year is int y && e.Month is int m && e.Day is int d) return new DateValue(y, m, d);
        if (e.Year is int y2 && e.Month is int m2) return new DateValue(y2, m2);
        if (e.Year is int y3 && e.Month is null && e.Day is null && e.Weekday is null) return new DateValue(y3);
        if (anchor is not DateOnly a) return null;

        if (e.Month is int month && e.Day is int day)
        {
            var date = NearestYear(month, day, a, e.Weekday);
            return date is null ? null : DateValue.Of(date.Value);
        }

        if (e.Month is int monthOnly)
        {
            // "in March": this year's March unless the text points elsewhere or it lies well ahead of the anchor.
            int year = a.Year + e.Direction;
            if (e.Direction == 0 && monthOnly > a.Month + 2) year--;
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
    private static DateOnly? NearestYear(int month, int day, DateOnly anchor, DayOfWeek? weekday)
    {
        DateOnly? best = null;
        int bestDistance = int.MaxValue;
        for (int y = anchor.Year - 1; y <= anchor.Year + 1; y++)
        {
            if (day > DateTime.DaysInMonth(y, month)) continue;
            var candidate = new DateOnly(y, month, day);
            if (weekday is not null && candidate.DayOfWeek != weekday) continue;
            int distance = candidate.DayNumber - anchor.DayNumber;
            // Dates ahead of the anchor are less likely in reports than dates behind it.
            int cost = distance > 0 ? distance * 3 : -distance;
            if (cost < bestDistance)
            {
                bestDistance = cost;
                best = candidate;
            }
        }

        return best ?? (weekday is not null ? NearestYear(month, day, anchor, null) : null);
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
