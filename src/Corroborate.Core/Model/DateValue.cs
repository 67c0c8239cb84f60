using System.Globalization;

namespace Corroborate.Model;

/// <summary>A calendar date at the precision the text supports: a year, a month of a year, or a day.</summary>
public readonly record struct DateValue(int Year, int? Month = null, int? Day = null) : IComparable<DateValue>
{
    public static DateValue Of(DateOnly date) => new(date.Year, date.Month, date.Day);

    public bool IsDay => Month is not null && Day is not null;

    /// <summary>The first day the value covers (1 January for a year, the 1st for a month).</summary>
    public DateOnly FirstDay => new(Year, Month ?? 1, Day ?? 1);

    public DateOnly? AsDay => IsDay ? new DateOnly(Year, Month!.Value, Day!.Value) : null;

    public int CompareTo(DateValue other) => FirstDay.CompareTo(other.FirstDay) is var c and not 0
        ? c
        : Precision.CompareTo(other.Precision);

    private int Precision => Day is not null ? 2 : Month is not null ? 1 : 0;

    /// <summary>ISO 8601 at this precision: 2022, 2022-03 or 2022-03-03.</summary>
    public override string ToString() => Month is null
        ? Year.ToString("D4", CultureInfo.InvariantCulture)
        : Day is null
            ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}")
            : string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}");

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
