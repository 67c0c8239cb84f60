namespace Corroborate.Stories.Briefs;

/// <summary>
/// Wire datelines ("MARLOW BAY, Oct 16 (Continental Press) — "): where the report was filed and when, page
/// furniture for a reader of the brief, and a filing date rather than an event for the timeline.
/// </summary>
public static class Dateline
{
    /// <summary>
    /// The sentence without a leading wire dateline ("MARLOW BAY, Oct 16 (Continental Press) — ", "LONDON (Reuters) -
    /// "): a capitalised place, then a comma or an agency in brackets, then a dash, within the first 60 characters.
    /// A brief line shown without it still cites the whole sentence.
    /// </summary>
    public static string Strip(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        int dash = -1;
        foreach (var sep in (ReadOnlySpan<string>)[" \u2014 ", " \u2013 ", " - ", " -- "])
        {
            int at = sentence.IndexOf(sep, StringComparison.Ordinal);
            if (at > 0 && at < 60 && (dash < 0 || at < dash)) dash = at;
        }

        if (dash < 0) return sentence;
        int placeEnd = sentence.IndexOfAny([',', '(']);
        if (placeEnd < 2 || placeEnd > dash) return sentence;
        var place = sentence.AsSpan(0, placeEnd).Trim();
        if (place.Length < 2 || place.ContainsAnyInRange('a', 'z')) return sentence;
        var rest = sentence[(dash + 3)..].TrimStart('-', ' ');
        return rest.Length > 0 && char.IsUpper(rest[0]) ? rest : sentence;
    }

    /// <summary>
    /// Whether the text between the sentence start and <paramref name="start"/> is a dateline's place, so the date
    /// written at <paramref name="start"/> is the filing date ("MARLOW BAY, Oct 16"): a capitalised place and a comma
    /// opening the sentence.
    /// </summary>
    public static bool Holds(string text, int sentenceStart, int start)
    {
        ArgumentNullException.ThrowIfNull(text);
        var head = text.AsSpan(sentenceStart, start - sentenceStart).TrimEnd();
        if (head.Length < 3 || head[^1] != ',' || head.Length > 40) return false;
        foreach (var c in head[..^1])
        {
            if (char.IsLower(c)) return false;
        }

        return true;
    }

    /// <summary>
    /// Whether the date at <paramref name="start"/> is a page's time stamp ("Updated 4/11/2007 1:26 PM", "Published
    /// April 11, 2007", "POSTED: 1052 GMT (1852 HKT), April 10, 2007"): when the page changed, not when anything
    /// in the story happened. A capitalised stamp word among the five words before the date marks it; in prose
    /// these words are lower case ("the report published on Tuesday").
    /// </summary>
    public static bool IsStamp(string text, int sentenceStart, int start)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text[sentenceStart..start].Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return words.TakeLast(5).Any(w => w.TrimEnd(':', ',') is "Updated" or "UPDATED" or "Published" or "PUBLISHED" or "Posted" or "POSTED" or "Modified" or "MODIFIED");
    }

    private static readonly HashSet<string> StampWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "am", "pm", "gmt", "utc", "est", "edt", "bst", "cet", "on",
        "at", "updated", "published", "posted", "modified", "last", "first",
    };

    /// <summary>
    /// Whether a sentence is only a date and time ("April 10, 2007 - 7:07AM", "on April 30, 2008 at 4:31 AM, updated
    /// April 30, 2008 at 8:33 AM"): fewer than three words besides month, weekday, clock and stamp words.
    /// </summary>
    public static bool IsBareDate(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        int words = 0;
        foreach (var w in sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = w.Trim(',', '.', ':', ';', '-', '(', ')');
            if (word.Length >= 2 && word.All(char.IsLetter) && !StampWords.Contains(word) && ++words >= 3) return false;
        }

        return true;
    }
}
