using System.Text;
using Corroborate.Stories.Text;

namespace Corroborate.Stories.Alignment;

/// <summary>
/// A quote's words reduced to what survives re-reporting: bracketed insertions ("[Kyiv]", "[emphasized]") and
/// ellipses dropped, case and punctuation ignored, British/American spelling folded (s/z, doubled letters).
/// </summary>
public static class QuoteTokens
{
    public static string[] Of(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var sb = new StringBuilder(content.Length);
        int depth = 0;
        foreach (char c in content)
        {
            if (c == '[') { depth++; sb.Append(' '); continue; }
            if (c == ']') { depth = Math.Max(0, depth - 1); continue; }
            if (depth == 0) sb.Append(char.IsLetterOrDigit(c) || c == '\'' || c == '\u2019' ? c : ' ');
        }

        return sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => Key(ContentWords.Normalise(w).Replace("'", "", StringComparison.Ordinal)))
            .Where(w => w.Length > 0)
            .ToArray();
    }

    private static string Key(string w)
    {
        var sb = new StringBuilder(w.Length);
        foreach (char c0 in w)
        {
            char c = c0 == 'z' ? 's' : c0;
            if (sb.Length > 0 && sb[^1] == c) continue;
            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>
    /// The longest run of tokens the two share (a substring), and the most tokens they share in order with gaps
    /// allowed (a subsequence: what survives ellipses, insertions and changed words).
    /// </summary>
    public static (int Run, int InOrder) Common(string[] a, string[] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        int best = 0;
        var prevRun = new int[b.Length + 1];
        var curRun = new int[b.Length + 1];
        var prevSeq = new int[b.Length + 1];
        var curSeq = new int[b.Length + 1];
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                bool eq = a[i - 1] == b[j - 1];
                curRun[j] = eq ? prevRun[j - 1] + 1 : 0;
                curSeq[j] = eq ? prevSeq[j - 1] + 1 : Math.Max(prevSeq[j], curSeq[j - 1]);
                if (curRun[j] > best) best = curRun[j];
            }

            (prevRun, curRun) = (curRun, prevRun);
            (prevSeq, curSeq) = (curSeq, prevSeq);
        }

        return (best, prevSeq[b.Length]);
    }

    /// <summary>
    /// Whether two renderings are the same quote: a truncated rendering lies (nearly) whole inside the longer,
    /// or the two share a run of 5 tokens and most of the shorter one's words appear in order in the longer
    /// (ellipses, insertions, a changed word). A 5-token run alone is not enough: quotes about one subject share
    /// phrases such as "the heart of the Endangered Species Act". Quotes under 8 tokens must lie whole in the
    /// other ("absolute heart of the Endangered Species Act" is another remark than "the heart of" it) or be a
    /// rendering of about the same length with one word changed at an end ("without the help" / "without the
    /// bailout"; not "the connection was very good" / "the move was very good news"), and very short ones ("major
    /// mistake") must match exactly.
    /// </summary>
    public static bool Same(string[] a, string[] b) => Closeness(a, b) > 0;

    /// <summary>
    /// 0 when the two are not the same quote (<see cref="Same"/>); otherwise how much of each the longest shared
    /// run covers (of the shorter first, then of the longer as a tie-break), so that a rendering pairs with its
    /// closest counterpart before a longer passage that merely contains it.
    /// </summary>
    public static double Closeness(string[] a, string[] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length == 0 || b.Length == 0) return 0;
        int shorter = Math.Min(a.Length, b.Length), longer = Math.Max(a.Length, b.Length);
        // One word ("Yes", "Absolutely") is said by many people; it cannot show two sources quote one remark.
        if (shorter < 4) return shorter > 1 && a.SequenceEqual(b, StringComparer.Ordinal) ? 1.5 : 0;
        var (run, inOrder) = Common(a, b);
        bool same = shorter < 8
            ? run == shorter || (shorter >= 5 && longer - shorter <= 2 && inOrder >= shorter - 1 && run >= shorter - 1)
            : run >= 0.8 * shorter || (run >= 5 && inOrder >= 0.75 * shorter);
        return same ? ((double)run / shorter) + (0.5 * run / longer) : 0;
    }
}
