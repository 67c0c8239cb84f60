using System.Text;
using Corroborate.Stories.Text;

namespace Corroborate.Stories.Entities;

/// <summary>
/// Keys that let spellings of one name meet across documents. Transliterations of Slavic and Arabic names
/// differ mostly in vowels-as-glides and doubled letters (Zelensky / Zelenskyy / Zelenskiy / Zelenskii,
/// Gaddafi / Qaddafi): the surname key folds y/j→i, collapses repeats and trims a trailing "i"-sound, q→k.
/// </summary>
public static class NameKey
{
    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "dr", "sir", "president", "prime", "minister", "gen", "general", "sen", "senator", "rep",
        "gov", "governor", "king", "queen", "prince", "pope", "chancellor", "secretary", "jr", "sr", "ii", "iii", "iv", "the",
    };

    /// <summary>Name parts, lower-cased and folded, honorifics and particles dropped.</summary>
    public static string[] Parts(string name) =>
        name.Split([' ', '-', '.', ',', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Select(p => ContentWords.Normalise(p))
            .Where(p => p.Length > 0 && !Honorifics.Contains(p))
            .ToArray();

    /// <summary>A transliteration-tolerant key for one name part.</summary>
    public static string Fold(string part)
    {
        var sb = new StringBuilder(part.Length);
        foreach (char c0 in part)
        {
            char c = c0 switch { 'y' or 'j' => 'i', 'q' => 'k', 'w' => 'v', _ => c0 };
            if (!char.IsLetterOrDigit(c)) continue;
            if (sb.Length > 0 && sb[^1] == c) continue;
            sb.Append(c);
        }

        var s = sb.ToString();
        // "zelenskii" → "zelenski" → "zelensk": the ending varies, the stem does not.
        while (s.Length > 4 && s[^1] == 'i') s = s[..^1];
        if (s.StartsWith("kh", StringComparison.Ordinal)) s = "h" + s[2..];
        return s;
    }

    /// <summary>The folded surname (last part), or the whole folded name when it has one part.</summary>
    public static string Surname(string name)
    {
        var parts = Parts(name);
        return parts.Length == 0 ? ContentWords.Normalise(name) : Fold(parts[^1]);
    }

    /// <summary>The folded full name, for organisations and places.</summary>
    public static string Full(string name) => string.Join(' ', Parts(name).Select(Fold));

    /// <summary>
    /// Whether two person names can be one person: same folded surname, and first names (when both have one)
    /// that agree on the initial ("V. Putin", "Vladimir Putin").
    /// </summary>
    public static bool SamePerson(string a, string b)
    {
        var pa = Parts(a);
        var pb = Parts(b);
        if (pa.Length == 0 || pb.Length == 0) return false;
        if (Fold(pa[^1]) != Fold(pb[^1])) return false;
        if (pa.Length == 1 || pb.Length == 1) return true;
        return SameFirstName(Fold(pa[0]), Fold(pb[0]));
    }

    /// <summary>
    /// First names of one person: equal, an initial of the other ("J." and "Joe"), a short form the other begins
    /// with ("Chris", "Christopher") or one letter apart ("Volodimir", "Volodymyr"). Not merely the same initial:
    /// "Charlie Kafoury" and "Charlene Kafoury" are brother and sister.
    /// </summary>
    private static bool SameFirstName(string a, string b)
    {
        if (a == b) return true;
        if (a.Length == 0 || b.Length == 0 || a[0] != b[0]) return false;
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (shorter.Length == 1 || shorter.Length >= 3 && longer.StartsWith(shorter, StringComparison.Ordinal)) return true;
        if (longer.Length - shorter.Length > 1) return false;
        int i = 0;
        while (i < shorter.Length && a[i] == b[i]) i++;
        return a.Length == b.Length ? a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1)) : longer.AsSpan(i + 1).SequenceEqual(shorter.AsSpan(i));
    }
}
