using System.Collections.Immutable;
using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Analysis.Dates;

/// <summary>
/// Dates that name an event of another year: "the Sept. 11 attacks", "the Jan. 6 riot", "9/11 families". Anchored like
/// any month and day, "Sept. 11" in a 2016 report became 11 September 2016, and a timeline put the attacks there.
/// Such a day is written without its year because every reader knows it; so does this table, which holds only the
/// days news writes as names and the words that mark the name ("attacks", "hijackers", "rioters"), so "the Sept. 11
/// anniversary" or "meets on Jan. 6" keep this year.
/// </summary>
internal static class NamedEventDates
{
    private static readonly (int Month, int Day, int Year, HashSet<string> Words)[] Named =
    [
        (9, 11, 2001, Words("attack", "attacks", "attackers", "hijackers", "hijackings", "terrorist", "terror", "terrorism", "victims",
            "commission", "memorial", "museum", "families", "era", "aftermath", "plot", "plotters", "responders")),
        (1, 6, 2021, Words("attack", "attacks", "riot", "rioters", "insurrection", "insurrectionists", "siege", "committee", "panel",
            "hearings", "defendants", "mob")),
    ];

    private static HashSet<string> Words(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);

    public static void Apply(Document document, List<DateExpression> found)
    {
        var text = document.Text;
        var tokens = document.Tokens;
        for (int i = 0; i < found.Count; i++)
        {
            var e = found[i];
            if (e is not { Year: null, Weekday: null } || e.IsRelative || NextWord(text, tokens, e.Span.End) is not { } next) continue;
            foreach (var (month, day, year, words) in Named)
            {
                if (e.Month == month && e.Day == day && words.Contains(next)) found[i] = e with { Year = year, NamesEvent = true };
            }
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
