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
}
