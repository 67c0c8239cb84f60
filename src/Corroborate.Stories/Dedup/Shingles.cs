using Corroborate.Text;

namespace Corroborate.Stories.Dedup;

/// <summary>
/// Word shingles over normalised text: every run of <see cref="Width"/> consecutive lower-cased words, hashed
/// to 32 bits. Five words are long enough that unrelated news rarely shares them by chance, short enough that a
/// light rewrite (a changed word every sentence or two) keeps most of them.
/// </summary>
public static class Shingles
{
    public const int Width = 5;

    /// <summary>The sorted, distinct shingle hashes of a word sequence (one shingle for texts shorter than the width).</summary>
    public static uint[] Of(IReadOnlyList<string> words)
    {
        if (words.Count == 0) return [];
        var set = new HashSet<uint>();
        int count = Math.Max(1, words.Count - Width + 1);
        for (int i = 0; i < count; i++)
        {
            ulong h = 0;
            for (int j = i; j < Math.Min(words.Count, i + Width); j++)
            {
                h = StableHash.Mix(h ^ StableHash.Fnv1a(words[j]), 0x5EED);
            }

            set.Add((uint)(h ^ (h >> 32)));
        }

        var arr = set.ToArray();
        Array.Sort(arr);
        return arr;
    }

    /// <summary>Exact Jaccard similarity of two sorted, distinct hash sets.</summary>
    public static double Jaccard(uint[] a, uint[] b)
    {
        if (a.Length == 0 && b.Length == 0) return 0;
        int i = 0, j = 0, inter = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { inter++; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }

        return (double)inter / (a.Length + b.Length - inter);
    }
}
