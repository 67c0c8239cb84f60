using System.Collections.Immutable;
using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Analysis.Dates;

/// <summary>
/// Dates that name an event of another year: "the Sept. 11 attacks", "9/11 families". Anchored like any month and
/// day, "Sept. 11" in a 2016 report became 11 September 2016, and a timeline put the attacks there. The day is
/// written without its year because every reader knows it; so does this table, which holds only the day that
/// news writes as a name on its own (the numeric "9/11") and the words that mark the name ("attacks", "hijackers").
/// </summary>
internal static class NamedEventDates
{
    /// <summary>Words after "Sept. 11" that make it the name of the 2001 attacks, not this year's 11 September.</summary>
    private static readonly HashSet<string> AttackWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "attack", "attacks", "attackers", "hijackers", "hijackings", "terrorist", "terror", "terrorism", "victims", "commission",
        "memorial", "museum", "families", "era", "aftermath", "plot", "plotters", "responders",
    };

    public static void Apply(Document document, List<DateExpression> found)
    {
        var text = document.Text;
        var tokens = document.Tokens;
        for (int i = 0; i < found.Count; i++)
        {
            var e = found[i];
            if (e is not { Month: 9, Day: 11, Year: null, Weekday: null } || e.IsRelative) continue;
            if (NextWord(text, tokens, e.Span.End) is { } next && AttackWords.Contains(next)) found[i] = e with { Year = 2001, NamesEvent = true };
        }

        // "9/11" alone, not a numeric date with its year ("9/11/2016").
        for (int at = text.IndexOf("9/11", StringComparison.Ordinal); at >= 0; at = text.IndexOf("9/11", at + 4, StringComparison.Ordinal))
        {
            bool alone = (at == 0 || !char.IsLetterOrDigit(text[at - 1]) && text[at - 1] != '/')
                && (at + 4 == text.Length || !char.IsLetterOrDigit(text[at + 4]) && text[at + 4] != '/');
            var span = new TextSpan(at, at + 4);
            if (alone && !found.Any(f => f.Span.Overlaps(span))) found.Add(new DateExpression(span) { Year = 2001, Month = 9, Day = 11, NamesEvent = true });
        }

        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    /// <summary>The first token at or after <paramref name="end"/>, when it is a word (tokens are in text order).</summary>
    private static string? NextWord(string text, ImmutableArray<Token> tokens, int end)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (tokens[mid].Span.Start < end) lo = mid + 1;
            else hi = mid;
        }

        return lo < tokens.Length && tokens[lo].Kind == TokenKind.Word ? text.Substring(tokens[lo].Span.Start, tokens[lo].Span.Length) : null;
    }
}
