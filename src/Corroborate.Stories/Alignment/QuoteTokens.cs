using System.Text;
using Corroborate.Stories.Text;

namespace Corroborate.Stories.Alignment;

/// <summary>
/// A quote's words reduced to what survives re-reporting: bracketed insertions ("[Kyiv]", "[emphasized]") and
/// ellipses dropped, case and punctuation ignored, British/American spelling folded (s/z, doubled letters).
/// </summary>
public static class QuoteTokens
{
    /// <summary>
    /// The quote's word keys, with which of them are proper names: capitalised words that do not open the quote or
    /// a sentence in it ("Endangered Species Act" in "For decades, the Endangered Species Act has …").
    /// </summary>
    public static QuoteWords Of(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var sb = new StringBuilder(content.Length);
        int depth = 0;
        foreach (char c in content)
        {
            if (c == '[') { depth++; sb.Append(' '); continue; }
            if (c == ']') { depth = Math.Max(0, depth - 1); continue; }
            // Sentence ends stay as words of their own, so that the word after one is known to open a sentence.
            if (depth == 0) sb.Append(char.IsLetterOrDigit(c) || c == '\'' || c == '\u2019' ? c : c is '.' or '!' or '?' ? " . " : ' ');
        }

        var keys = new List<string>();
        var names = new List<bool>();
        bool opens = true;
        foreach (var w in sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (w == ".")
            {
                opens = true;
                continue;
            }

            var key = Key(ContentWords.Normalise(w).Replace("'", "", StringComparison.Ordinal));
            if (key.Length == 0) continue;
            keys.Add(key);
            names.Add(!opens && IsTitleCase(w));
            opens = false;
        }

        return new QuoteWords([.. keys], [.. names]);
    }

    // "Endangered", "McCain"; not "I", nor words in capitals, which are as often shouting ("NO COLLUSION") as acronyms.
    private static bool IsTitleCase(string w) => char.IsUpper(w[0]) && w.Skip(1).Any(char.IsLower);

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
    /// allowed (a subsequence: what survives ellipses, insertions and changed words), and that subsequence again with
    /// proper names not counted, since two remarks on one subject share its name ("the Endangered Species Act").
    /// </summary>
    public static (int Run, int InOrder, int WordInOrder) Common(QuoteWords a, QuoteWords b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        int m = b.Length;
        int best = 0;
        var run = new int[2, m + 1];
        var seq = new int[2, m + 1];
        var wordSeq = new int[2, m + 1];
        for (int i = 1; i <= a.Length; i++)
        {
            int cur = i & 1, prev = cur ^ 1;
            for (int j = 1; j <= m; j++)
            {
                bool eq = a.Keys[i - 1] == b.Keys[j - 1];
                int w = a.IsName[i - 1] || b.IsName[j - 1] ? 0 : 1;
                run[cur, j] = eq ? run[prev, j - 1] + 1 : 0;
                seq[cur, j] = eq ? seq[prev, j - 1] + 1 : Math.Max(seq[prev, j], seq[cur, j - 1]);
                wordSeq[cur, j] = eq ? wordSeq[prev, j - 1] + w : Math.Max(wordSeq[prev, j], wordSeq[cur, j - 1]);
                best = Math.Max(best, run[cur, j]);
            }
        }

        int last = a.Length & 1;
        return (best, seq[last, m], wordSeq[last, m]);
    }

    /// <summary>
    /// Whether two renderings are the same quote: a truncated rendering lies (nearly) whole inside the longer,
    /// or the two share a run of 5 tokens and most of the shorter one's words other than names appear in order in
    /// the longer (ellipses, insertions, a changed word). A 5-token run alone is not enough: quotes about one
    /// subject share phrases such as "the heart of the Endangered Species Act", and names do not count towards
    /// "most" ("For decades, the Endangered Species Act has protected threatened species …" is another remark than
    /// "For more than three decades, the Endangered Species Act has successfully protected our nation's most
    /// threatened wildlife"). Quotes under 8 tokens must lie whole in the
    /// other ("absolute heart of the Endangered Species Act" is another remark than "the heart of" it) or be a
    /// rendering of about the same length with one word changed at an end ("without the help" / "without the
    /// bailout"; not "the connection was very good" / "the move was very good news"), and very short ones ("major
    /// mistake") must match exactly.
    /// </summary>
    public static bool Same(QuoteWords a, QuoteWords b) => Closeness(a, b) > 0;

    /// <summary>
    /// 0 when the two are not the same quote (<see cref="Same"/>); otherwise how much of each the longest shared
    /// run covers (of the shorter first, then of the longer as a tie-break), so that a rendering pairs with its
    /// closest counterpart before a longer passage that merely contains it.
    /// </summary>
    public static double Closeness(QuoteWords a, QuoteWords b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length == 0 || b.Length == 0) return 0;
        int shorter = Math.Min(a.Length, b.Length), longer = Math.Max(a.Length, b.Length);
        // One word ("Yes", "Absolutely") is said by many people; it cannot show two sources quote one remark.
        if (shorter < 4) return shorter > 1 && a.Keys.SequenceEqual(b.Keys, StringComparer.Ordinal) ? 1.5 : 0;
        var (run, inOrder, wordInOrder) = Common(a, b);
        // Past a truncation, the words in order count without names (see Common).
        bool same = shorter < 8
            ? run == shorter || (shorter >= 5 && longer - shorter <= 2 && inOrder >= shorter - 1 && run >= shorter - 1)
            : run >= 0.8 * shorter || (run >= 5 && wordInOrder >= 0.75 * Math.Min(a.Words, b.Words));
        return same ? ((double)run / shorter) + (0.5 * run / longer) : 0;
    }
}

/// <summary>A quote's word keys (<see cref="QuoteTokens.Of"/>) and, for each, whether it is part of a proper name.</summary>
public sealed record QuoteWords(string[] Keys, bool[] IsName)
{
    public int Length => Keys.Length;

    /// <summary>How many of the keys are not names.</summary>
    public int Words { get; } = IsName.Count(n => !n);
}
