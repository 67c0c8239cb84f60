using System.Collections.Frozen;
using Corroborate.Model;

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
        "until", "till", "tomorrow", "should", "expects", "expect", "forecast", "forecasts",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Ordinals that number quarters and halves ("third quarter", "3rd quarter", "fiscal-first quarter").</summary>
    public static readonly FrozenDictionary<string, int> Ordinals = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["first"] = 1, ["1st"] = 1, ["second"] = 2, ["2nd"] = 2, ["third"] = 3, ["3rd"] = 3, ["fourth"] = 4, ["4th"] = 4,
        ["fiscal-first"] = 1, ["fiscal-second"] = 2, ["fiscal-third"] = 3, ["fiscal-fourth"] = 4, ["last"] = 4,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Seasons as TimeML numbers them here: 1 spring, 2 summer, 3 fall, 4 winter.</summary>
    public static readonly FrozenDictionary<string, int> Seasons = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["spring"] = 1, ["summer"] = 2, ["fall"] = 3, ["autumn"] = 3, ["winter"] = 4,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Counts before a unit in "two years ago", "10 days earlier".</summary>
    public static readonly FrozenDictionary<string, int> Counts = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["fifteen"] = 15, ["twenty"] = 20,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Spelled years as read aloud in broadcast transcripts: "nineteen ninety-six", "two thousand".</summary>
    public static readonly FrozenDictionary<string, int> Tens = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16,
        ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, int> Units = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Decades written as words ("the nineties"), as a decade of the twentieth century.</summary>
    public static readonly FrozenDictionary<string, int> DecadeWords = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["twenties"] = 1920, ["thirties"] = 1930, ["forties"] = 1940, ["fifties"] = 1950, ["sixties"] = 1960, ["seventies"] = 1970,
        ["eighties"] = 1980, ["nineties"] = 1990,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Words that, alone, refer to the present, past or future rather than a calendar date (TimeML *_REF). Not
    /// "previously"/"formerly": TimeBank marks 2 of 17 "previously" (dev run 2026-11-23), so they cost more than they find.
    /// </summary>
    /// <remarks>Adjectives among them take no article: "the recent decline" is a date only in "recent".</remarks>
    public static readonly FrozenDictionary<string, DatePeriod> References = new Dictionary<string, DatePeriod>(StringComparer.Ordinal)
    {
        ["now"] = DatePeriod.PresentReference, ["currently"] = DatePeriod.PresentReference, ["current"] = DatePeriod.PresentReference,
        ["nowadays"] = DatePeriod.PresentReference, ["presently"] = DatePeriod.PresentReference,
        ["recently"] = DatePeriod.PastReference, ["recent"] = DatePeriod.PastReference, ["lately"] = DatePeriod.PastReference,
        ["soon"] = DatePeriod.FutureReference,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Words without which a sentence holds no date expression (every expression the scanner reads contains one, or a
    /// four-digit number): the stage skips the other sentences without allocating.
    /// </summary>
    public static readonly FrozenSet<string> Heads = Months.Keys.Concat(Weekdays.Keys).Concat(Seasons.Keys).Concat(DecadeWords.Keys)
        .Concat(References.Keys)
        .Concat(["yesterday", "today", "tomorrow", "tonight", "night", "morning", "afternoon", "evening", "day", "days", "week", "weeks",
            "weekend", "month", "months", "year", "years", "quarter", "quarters", "half", "period", "decade", "decades", "century",
            "future", "past", "term", "nineteen", "eighteen", "thousand", "ago", "earlier", "previously", "s", "q1", "q2", "q3", "q4", "h1", "h2"])
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HeadLookup = Heads.GetAlternateLookup<ReadOnlySpan<char>>();
}
