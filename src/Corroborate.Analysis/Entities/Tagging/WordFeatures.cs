using System.Runtime.CompilerServices;
using System.Text;

namespace Corroborate.Analysis.Entities.Tagging;

/// <summary>Normalised views of a word used by the tagger's features.</summary>
public static class WordFeatures
{
    /// <summary>Curly quotes and apostrophes as in Reuters text; digits folded to 0 so numbers share features.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Normalize(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            buffer[i] = c switch
            {
                '’' or '‘' or 'ʼ' => '\'',
                '“' or '”' => '"',
                '–' or '—' => '-',
                _ when char.IsDigit(c) => '0',
                _ => c,
            };
        }

        return new string(buffer);
    }

    /// <summary>Word shape with runs collapsed: "Putin" → "Xx", "U.S." → "X.X.", "1,600" → "0,0", "iPhone" → "xXx".</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Shape(string word)
    {
        var sb = new StringBuilder(8);
        char last = '\0';
        foreach (char c in word)
        {
            char s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? '0' : c;
            if (s != last || !(s is 'X' or 'x' or '0')) sb.Append(s);
            last = s;
            if (sb.Length >= 8) break;
        }

        return sb.ToString();
    }

    public static bool IsCapitalized(string word) => word.Length > 0 && char.IsUpper(word[0]);

    public static bool IsAllCaps(string word)
    {
        bool letter = false;
        foreach (char c in word)
        {
            if (char.IsLower(c)) return false;
            letter |= char.IsLetter(c);
        }

        return letter;
    }
}
