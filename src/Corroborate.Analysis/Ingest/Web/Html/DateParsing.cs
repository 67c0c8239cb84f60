using System.Globalization;
using System.Text.RegularExpressions;
using Corroborate.Model;

namespace Corroborate.Analysis.Ingest.Web.Html;

/// <summary>Dates as pages write them: ISO 8601 in metadata, numeric and month-name forms in text and URLs.</summary>
internal static partial class DateParsing
{
    // Month names in the languages of the evaluation pages and the project's users (en, de, fr), lower-case.
    private static readonly Dictionary<string, int> Months = BuildMonths();

    private static Dictionary<string, int> BuildMonths()
    {
        var d = new Dictionary<string, int>(StringComparer.Ordinal);
        string[][] names =
        [
            ["january", "jan", "januar", "jänner", "janvier", "janv"],
            ["february", "feb", "februar", "feber", "février", "fevrier", "févr"],
            ["march", "mar", "märz", "maerz", "mars"],
            ["april", "apr", "avril", "avr"],
            ["may", "mai"],
            ["june", "jun", "juni", "juin"],
            ["july", "jul", "juli", "juillet", "juil"],
            ["august", "aug", "août", "aout"],
            ["september", "sep", "sept", "septembre"],
            ["october", "oct", "oktober", "okt", "octobre"],
            ["november", "nov", "novembre"],
            ["december", "dec", "dezember", "dez", "décembre", "decembre", "déc"],
        ];

        // Italian, Spanish, Portuguese, Dutch and Polish (genitive, as dates write them) full names.
        string[][] more =
        [
            ["gennaio", "enero", "janeiro", "januari", "stycznia"],
            ["febbraio", "febrero", "fevereiro", "februari", "lutego"],
            ["marzo", "março", "marco", "maart", "marca"],
            ["aprile", "abril", "kwietnia"],
            ["maggio", "mayo", "maio", "mei", "maja"],
            ["giugno", "junio", "junho", "czerwca"],
            ["luglio", "julio", "julho", "lipca"],
            ["agosto", "augustus", "sierpnia"],
            ["settembre", "septiembre", "setiembre", "setembro", "września"],
            ["ottobre", "octubre", "outubro", "oktober", "października"],
            ["noviembre", "novembro", "listopada"],
            ["dicembre", "diciembre", "dezembro", "grudnia"],
        ];
        for (int m = 0; m < 12; m++)
        {
            foreach (var n in more[m]) d[n] = m + 1;
        }
        for (int m = 0; m < 12; m++)
        {
            foreach (var n in names[m]) d[n] = m + 1;
        }

        return d;
    }

    [GeneratedRegex(@"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")]
    private static partial Regex IsoPrefix();

    // Numeric ISO, German (d.m.yyyy), US (m/d/yyyy), "3. Mai 2021" / "5 de mayo de 2022", "May 3, 2021", and the
    // short German form "28.01.22" (two-digit year, only with two-digit day and month so version numbers stay out).
    [GeneratedRegex(@"(?<!\d)(\d{4})[-/](\d{2})[-/](\d{2})(?!\d)|(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)|(?<!\d)(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)|(?<!\d)(\d{1,2})\.?\s+(?:de\s+)?(\p{L}{3,12})\.?,?\s+(?:de\s+)?(\d{4})(?!\d)|\b(\p{L}{3,12})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)|(?<![\d.])(\d{2})\.(\d{2})\.(\d{2})(?![\d.])")]
    private static partial Regex TextDate();

    [GeneratedRegex(@"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|[-_]|\.html|$)|[/_-]((?:19|20)\d{2})(\d{2})(\d{2})[/_.-]|/(\d{2})-(\d{2})-((?:19|20)\d{2})(?:/|\.html|$)")]
    private static partial Regex UrlDate();

    /// <summary>ISO-8601-ish metadata values ("2019-08-02T10:00:00+02:00", "2019-08-02", "20190802").</summary>
    public static DateValue? Metadata(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var m = IsoPrefix().Match(value);
        if (m.Success) return Day(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value);
        return FirstInText(value);
    }

    public static DateValue? FromUrl(string? url)
    {
        if (string.IsNullOrEmpty(url)) return null;
        var m = UrlDate().Match(url);
        if (!m.Success) return null;
        return m.Groups[1].Success ? Day(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value)
            : m.Groups[4].Success ? Day(m.Groups[4].Value, m.Groups[5].Value, m.Groups[6].Value)
            : Day(m.Groups[9].Value, m.Groups[8].Value, m.Groups[7].Value);   // "/29-10-2021": day first, as European CMSs write it
    }

    public static DateValue? FirstInText(string text)
    {
        foreach (var v in AllInText(text)) return v;
        return null;
    }

    /// <summary>Every date written in <paramref name="text"/>, in order.</summary>
    public static IEnumerable<DateValue> AllInText(string text)
    {
        foreach (Match m in TextDate().Matches(text))
        {
            DateValue? v = null;
            if (m.Groups[1].Success) v = Day(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value);
            else if (m.Groups[4].Success) v = Day(m.Groups[6].Value, m.Groups[5].Value, m.Groups[4].Value);
            else if (m.Groups[7].Success)
            {
                // US order (m/d/yyyy) unless the first number cannot be a month ("26/12/2019").
                bool dayFirst = int.TryParse(m.Groups[7].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out int first) && first > 12;
                v = dayFirst ? Day(m.Groups[9].Value, m.Groups[8].Value, m.Groups[7].Value) : Day(m.Groups[9].Value, m.Groups[7].Value, m.Groups[8].Value);
            }
            else if (m.Groups[10].Success && Months.TryGetValue(m.Groups[11].Value.ToLowerInvariant(), out int mo1))
                v = Day(m.Groups[12].Value, mo1.ToString(CultureInfo.InvariantCulture), m.Groups[10].Value);
            else if (m.Groups[13].Success && Months.TryGetValue(m.Groups[13].Value.ToLowerInvariant(), out int mo2))
                v = Day(m.Groups[15].Value, mo2.ToString(CultureInfo.InvariantCulture), m.Groups[14].Value);
            else if (m.Groups[16].Success) v = Day("20" + m.Groups[18].Value, m.Groups[17].Value, m.Groups[16].Value);
            if (v is { } found) yield return found;
        }
    }

    private static DateValue? Day(string y, string m, string d)
    {
        if (!int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out int yy)
            || !int.TryParse(m, NumberStyles.None, CultureInfo.InvariantCulture, out int mm)
            || !int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out int dd)) return null;
        if (yy is < 1990 or > 2100 || mm is < 1 or > 12 || dd < 1 || dd > DateTime.DaysInMonth(yy, mm)) return null;
        return new DateValue(yy, mm, dd);
    }
}
