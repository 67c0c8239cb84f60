namespace Corroborate.Evaluation.Summary;

/// <summary>
/// ROUGE-1, ROUGE-2 and ROUGE-L F-measures (Lin 2004) with the usual tokenisation: lower case, runs of ASCII
/// letters and digits, no stemming and no stop-word removal. ROUGE-L is the summary-level LCS over the whole
/// token sequence (as rouge-score's "rougeL").
/// </summary>
public static class Rouge
{
    public static List<string> Tokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<string>();
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !IsWordChar(text[i])) i++;
            int start = i;
            while (i < text.Length && IsWordChar(text[i])) i++;
            if (i > start) tokens.Add(text[start..i].ToLowerInvariant());
        }

        return tokens;
    }

    private static bool IsWordChar(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');

    public static double N(IReadOnlyList<string> candidate, IReadOnlyList<string> reference, int n)
    {
        var c = Grams(candidate, n);
        var r = Grams(reference, n);
        int overlap = c.Sum(kv => Math.Min(kv.Value, r.GetValueOrDefault(kv.Key)));
        return F(overlap, c.Values.Sum(), r.Values.Sum());
    }

    public static double L(IReadOnlyList<string> candidate, IReadOnlyList<string> reference)
    {
        var prev = new int[reference.Count + 1];
        var cur = new int[reference.Count + 1];
        for (int i = 1; i <= candidate.Count; i++)
        {
            for (int j = 1; j <= reference.Count; j++)
            {
                cur[j] = candidate[i - 1] == reference[j - 1] ? prev[j - 1] + 1 : Math.Max(prev[j], cur[j - 1]);
            }

            (prev, cur) = (cur, prev);
        }

        return F(prev[reference.Count], candidate.Count, reference.Count);
    }

    private static double F(int overlap, int candidate, int reference)
    {
        if (overlap == 0 || candidate == 0 || reference == 0) return 0;
        double p = (double)overlap / candidate, r = (double)overlap / reference;
        return 2 * p * r / (p + r);
    }

    private static Dictionary<string, int> Grams(IReadOnlyList<string> tokens, int n)
    {
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i + n <= tokens.Count; i++)
        {
            var g = n == 1 ? tokens[i] : string.Join(' ', tokens.Skip(i).Take(n));
            grams[g] = grams.GetValueOrDefault(g) + 1;
        }

        return grams;
    }
}
