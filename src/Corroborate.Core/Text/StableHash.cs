namespace Corroborate.Text;

/// <summary>
/// Stable 64-bit hashes (FNV-1a over UTF-16 code units, and a SplitMix64 finaliser for seeded families).
/// string.GetHashCode() is randomised per process, so it must never reach stored or compared output.
/// </summary>
public static class StableHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    public static ulong Fnv1a(ReadOnlySpan<char> text, ulong seed = 0)
    {
        ulong hash = FnvOffset ^ seed;
        foreach (char c in text)
        {
            hash ^= (byte)c;
            hash *= FnvPrime;
            hash ^= (byte)(c >> 8);
            hash *= FnvPrime;
        }

        return hash;
    }

    /// <summary>Mixes a 64-bit value with a seed; used to derive independent hash functions from one hash.</summary>
    public static ulong Mix(ulong value, ulong seed)
    {
        ulong z = value + seed + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A short hex id for content (e.g. a document id in stores).</summary>
    public static string Hex(ReadOnlySpan<char> text) => Fnv1a(text).ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
}
