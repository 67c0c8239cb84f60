using System.Globalization;
using System.Text.RegularExpressions;
using Corroborate.Model;

namespace Corroborate.Analysis.Ingest.Web.Html;

/// <summary>
/// The publisher's calendar day for a machine timestamp written in UTC. CMSs often store "2022-11-06T23:00:00Z" for
/// an article a German reader sees dated 7 November: the publication day is the one in the outlet's own time zone.
/// The zone comes from the page itself when any of its timestamps carries a non-zero offset, otherwise from the
/// language region and the URL's country domain. Only offsets are modelled (standard offset plus the EU or US
/// summer-time rule), which is all a calendar day needs.
/// </summary>
internal static partial class SiteTimeZone
{
    internal enum SummerRule { None, Eu, Us }

    internal readonly record struct Zone(int StandardMinutes, SummerRule Rule)
    {
        public int OffsetAt(DateTime utc) => StandardMinutes + (InSummer(utc, Rule) ? 60 : 0);
    }

    // Region (ISO 3166 or a country domain) → zone. Countries spanning several zones use the capital's
    // (US: Eastern, where most national outlets sit; Brazil: Brasília).
    private static readonly Dictionary<string, Zone> Regions = BuildRegions();

    // Languages spoken essentially in one zone, for pages that give a language without a region.
    private static readonly Dictionary<string, Zone> Languages = BuildLanguages();

    private static Dictionary<string, Zone> BuildRegions()
    {
        var d = new Dictionary<string, Zone>(StringComparer.OrdinalIgnoreCase);
        foreach (var r in "de at ch fr it nl be lu pl cz sk hu dk se no es hr si rs ba me mk al li mc sm va mt ad".Split(' ')) d[r] = new(60, SummerRule.Eu);
        foreach (var r in "fi ee lv lt gr ro bg ua cy md".Split(' ')) d[r] = new(120, SummerRule.Eu);
        foreach (var r in "gb uk ie pt is".Split(' ')) d[r] = new(0, r == "is" ? SummerRule.None : SummerRule.Eu);
        d["us"] = new(-300, SummerRule.Us);
        d["ca"] = new(-300, SummerRule.Us);
        foreach (var r in "br ar uy".Split(' ')) d[r] = new(-180, SummerRule.None);
        foreach (var r in "co pe ec pa".Split(' ')) d[r] = new(-300, SummerRule.None);
        foreach (var r in "bo ve cl py do pr".Split(' ')) d[r] = new(-240, SummerRule.None);
        foreach (var r in "mx gt hn sv ni cr".Split(' ')) d[r] = new(-360, SummerRule.None);
        foreach (var r in "jp kr".Split(' ')) d[r] = new(540, SummerRule.None);
        foreach (var r in "cn tw hk sg".Split(' ')) d[r] = new(480, SummerRule.None);
        d["in"] = new(330, SummerRule.None);
        d["ru"] = new(180, SummerRule.None);
        d["tr"] = new(180, SummerRule.None);
        return d;
    }

    private static Dictionary<string, Zone> BuildLanguages()
    {
        var d = new Dictionary<string, Zone>(StringComparer.OrdinalIgnoreCase);
        foreach (var l in "de fr it nl pl cs sk hu da sv nb nn no hr sl ca".Split(' ')) d[l] = new(60, SummerRule.Eu);
        foreach (var l in "fi et lv lt el ro bg uk".Split(' ')) d[l] = new(120, SummerRule.Eu);
        d["ja"] = new(540, SummerRule.None);
        d["ko"] = new(540, SummerRule.None);
        d["zh"] = new(480, SummerRule.None);
        return d;
    }

    [GeneratedRegex(@"^\s*([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})[T ]([0-9]{1,2}):([0-9]{2})(?::[0-9]{2}(?:\.[0-9]+)?)?\s*(Z|[+-][0-9]{2}:?[0-9]{2})?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Stamp();

    [GeneratedRegex(@"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})")]
    private static partial Regex AnyStamp();

    /// <summary>Every ISO timestamp with an explicit offset anywhere in the page (meta, JSON-LD, script state).</summary>
    internal static IEnumerable<string> StampsIn(string source)
    {
        foreach (Match m in AnyStamp().Matches(source)) yield return m.Value;
    }

    /// <summary>The explicit UTC offset (minutes) of a timestamp, or null when it has none.</summary>
    internal static int? OffsetOf(string value)
    {
        if (TryRfc1123(value, out _)) return 0;
        var m = Stamp().Match(value);
        if (!m.Success || !m.Groups[6].Success) return null;
        var o = m.Groups[6].Value;
        if (o is "Z" or "z") return 0;
        int sign = o[0] == '-' ? -1 : 1;
        var digits = o[1..].Replace(":", "", StringComparison.Ordinal);
        return sign * (int.Parse(digits[..2], CultureInfo.InvariantCulture) * 60 + int.Parse(digits[2..], CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// The site's zone: a fixed offset seen on the page's own timestamps wins (the CMS knows its zone), then the
    /// region of the language tag ("es-CO", "pt_BR"), the URL's country domain, and a single-zone language.
    /// </summary>
    internal static Zone? Guess(IEnumerable<string> pageStamps, string? language, string? url)
    {
        var counts = new Dictionary<int, int>();
        foreach (var s in pageStamps)
        {
            if (OffsetOf(s) is { } o and not 0) counts[o] = counts.GetValueOrDefault(o) + 1;
        }

        if (counts.Count > 0)
        {
            int best = counts.MaxBy(kv => (kv.Value, kv.Key)).Key;
            return new Zone(best, SummerRule.None);
        }

        if (language is { Length: 5 } && language[2] is '-' or '_' && Regions.TryGetValue(language[3..], out var z)) return z;
        if (Domain(url) is { } tld && Regions.TryGetValue(tld, out z)) return z;
        return language is { Length: >= 2 } && Languages.TryGetValue(language[..2], out z) ? z : null;
    }

    private static string? Domain(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var u)) return null;
        var host = u.Host;
        int dot = host.LastIndexOf('.');
        return dot < 0 ? null : host[(dot + 1)..];
    }

    /// <summary>
    /// The calendar day of <paramref name="raw"/> in <paramref name="zone"/> when raw is a UTC timestamp with a
    /// time of day; otherwise <paramref name="parsed"/> unchanged (a local timestamp already gives the local day).
    /// </summary>
    internal static DateValue Localize(string raw, DateValue parsed, Zone? zone)
    {
        if (zone is not { } z || OffsetOf(raw) is not 0) return parsed;
        if (TryRfc1123(raw, out var rfc)) return Local(rfc, z);
        var m = Stamp().Match(raw);
        if (!DateTime.TryParseExact($"{m.Groups[1].Value}-{m.Groups[2].Value}-{m.Groups[3].Value} {m.Groups[4].Value}:{m.Groups[5].Value}",
                "yyyy-M-d H:mm", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc)) return parsed;
        return Local(utc, z);
    }

    private static DateValue Local(DateTime utc, Zone z)
    {
        var local = utc.AddMinutes(z.OffsetAt(utc));
        return new DateValue(local.Year, local.Month, local.Day);
    }

    // HTTP-date / RFC 1123 ("Wed, 04 May 2022 00:25:56 GMT"), which some CMSs put in JSON-LD: always UTC.
    private static bool TryRfc1123(string value, out DateTime utc) =>
        DateTime.TryParseExact(value.Trim(), "r", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out utc);

    private static bool InSummer(DateTime utc, SummerRule rule)
    {
        switch (rule)
        {
            case SummerRule.Eu:
                // Last Sunday of March 01:00 UTC to last Sunday of October 01:00 UTC.
                return utc >= LastSunday(utc.Year, 3).AddHours(1) && utc < LastSunday(utc.Year, 10).AddHours(1);
            case SummerRule.Us:
                // Second Sunday of March to first Sunday of November, 02:00 local (07:00/06:00 UTC for Eastern).
                return utc >= NthSunday(utc.Year, 3, 2).AddHours(7) && utc < NthSunday(utc.Year, 11, 1).AddHours(6);
            default:
                return false;
        }
    }

    private static DateTime LastSunday(int year, int month)
    {
        var d = new DateTime(year, month, DateTime.DaysInMonth(year, month), 0, 0, 0, DateTimeKind.Utc);
        return d.AddDays(-(int)d.DayOfWeek);
    }

    private static DateTime NthSunday(int year, int month, int n)
    {
        var d = new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Utc);
        return d.AddDays(((7 - (int)d.DayOfWeek) % 7) + 7 * (n - 1));
    }
}
