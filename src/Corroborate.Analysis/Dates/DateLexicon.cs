using System.Collections.Frozen;

namespace Corroborate.Analysis.Dates;

internal static class DateLexicon
{
    public static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4,
        ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8, ["september"] = 9,
        ["sep"] = 9, ["sept"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>(StringComparer.OrdinalIgnoreCase)
    {
        ["monday"] = DayOfWeek.Monday, ["mon"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["tue"] = DayOfWeek.Tuesday,
        ["tues"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday, ["wed"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["thu"] = DayOfWeek.Thursday, ["thurs"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday, ["fri"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday, ["sat"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday, ["sun"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Short forms are dates only when capitalised and, for "May"/"Sun"/"Sat"/"Mar", in a date pattern.</summary>
    public static bool IsAmbiguousShortForm(string word) =>
        word.Length <= 4 && word.ToLowerInvariant() is "may" or "mar" or "sun" or "sat" or "wed" or "jan" or "jun" or "jul" or "aug" or "sep" or "oct" or "nov" or "dec" or "feb" or "apr" or "mon" or "tue" or "thu" or "fri";

    /// <summary>Words before a weekday that put it in the future ("next Monday", "will meet on Monday").</summary>
    public static readonly FrozenSet<string> FutureCues = new[]
    {
        "will", "would", "shall", "'ll", "’ll", "to be", "due", "expected", "scheduled", "set", "plans", "planned", "next", "upcoming",
        "until", "till", "tomorrow",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
