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

    /// <summary>Length of the longest run of tokens the two share in order.</summary>
    public static int LongestCommonRun(string[] a, string[] b)
    {
        int best = 0;
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : 0;
                if (cur[j] > best) best = cur[j];
            }

            (prev, cur) = (cur, prev);
        }

        return best;
    }

    /// <summary>
    /// Whether two renderings are the same quote. A shared run of 5 tokens is rarely chance in news prose
    /// (a 5-word run is the same evidence the dedup shingles use); a truncated rendering is caught when most
    /// of the shorter one's words appear in order in the longer; very short quotes ("major mistake") must match
    /// whole.
    /// </summary>
    public static bool Same(string[] a, string[] b)
    {
        if (a.Length == 0 || b.Length == 0) return false;
        int shorter = Math.Min(a.Length, b.Length);
        if (shorter < 4) return a.SequenceEqual(b, StringComparer.Ordinal);
        int run = LongestCommonRun(a, b);
        return run >= 5 || run >= 0.8 * shorter;
    }
}
