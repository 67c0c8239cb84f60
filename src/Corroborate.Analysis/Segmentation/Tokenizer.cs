using System.Collections.Immutable;
using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Analysis.Segmentation;

/// <summary>
/// Splits news text into tokens without losing offsets. Keeps together what news writes as one unit:
/// abbreviations with inner periods (U.S., E.U.), decimals and thousands separators (3.5, 1,600),
/// hyphenated words, inner apostrophes (Macron's splits into Macron + 's, as CoNLL-style taggers expect).
/// </summary>
public static class Tokenizer
{
    public static ImmutableArray<Token> Tokenize(string text, TextSpan range)
    {
        var tokens = ImmutableArray.CreateBuilder<Token>();
        int i = range.Start;
        while (i < range.End)
        {
            char c = text[i];
            // Zero-width spaces and joiners, word joiners and byte-order marks (format characters) separate like
            // spaces: "Traeger\u200B said" is a name then a cue, not a name, a symbol and a cue.
            if (char.IsWhiteSpace(c) || char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
            {
                i++;
                continue;
            }

            int start = i;
            TokenKind kind;
            if (char.IsDigit(c))
            {
                i = ScanNumber(text, i, range.End);
                kind = TokenKind.Number;
            }
            else if (char.IsLetter(c))
            {
                i = ScanWord(text, i, range.End);
                kind = TokenKind.Word;
            }
            else if (IsApostrophe(c) && i > range.Start && char.IsLetter(text[i - 1]) && IsClitic(text, i + 1, range.End))
            {
                // The clitic of "Macron's" is its own token, as CoNLL-style taggers expect.
                i++;
                while (i < range.End && char.IsLetter(text[i])) i++;
                kind = TokenKind.Word;
            }
            else
            {
                // Surrogate pairs stay whole so a span never splits a character.
                i += char.IsHighSurrogate(c) && i + 1 < range.End && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                if (c == '.' && i + 1 < range.End && text[i] == '.' && text[i + 1] == '.') i += 2; // ellipsis
                // '' and `` (archive-style double quote marks), and ‘‘ ’’ (the same typeset with curly single marks)
                if (c is '\'' or '`' or '‘' or '’' && i < range.End && text[i] == c) i++;
                kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
            }

            tokens.Add(new Token(new TextSpan(start, i), kind));
        }

        return tokens.ToImmutable();
    }

    private static int ScanNumber(string text, int i, int end)
    {
        while (i < end)
        {
            char c = text[i];
            if (char.IsDigit(c))
            {
                i++;
            }
            else if ((c == '.' || c == ',') && i + 1 < end && char.IsDigit(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        // Units glued to numbers stay one token only when they are ordinal suffixes (3rd, 21st).
        if (i + 1 < end && IsOrdinalSuffix(text.AsSpan(i, Math.Min(2, end - i))) && (i + 2 >= end || !char.IsLetter(text[i + 2])))
        {
            i += 2;
        }

        return i;
    }

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> s) =>
        s.Equals("st", StringComparison.OrdinalIgnoreCase) || s.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || s.Equals("rd", StringComparison.OrdinalIgnoreCase) || s.Equals("th", StringComparison.OrdinalIgnoreCase);

    private static int ScanWord(string text, int i, int end)
    {
        int start = i;
        while (i < end)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }

            bool nextIsLetter = i + 1 < end && char.IsLetter(text[i + 1]);
            if ((c == '-' || c == '&') && nextIsLetter && i > start)
            {
                i++;
                continue;
            }

            if (IsApostrophe(c) && nextIsLetter)
            {
                // "Macron's" → "Macron" + "'s"; "O'Brien", "don't" stay whole.
                if (IsClitic(text, i + 1, end)) break;
                i++;
                continue;
            }

            // Abbreviations written with inner periods: U.S., E.U., a.m. (single letters between periods).
            if (c == '.' && IsAbbreviationPeriod(text, start, i, end))
            {
                i++;
                continue;
            }

            break;
        }

        return i;
    }

    internal static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';

    private static bool IsClitic(string text, int i, int end)
    {
        int j = i;
        while (j < end && char.IsLetter(text[j])) j++;
        var rest = text.AsSpan(i, j - i);
        return rest.Equals("s", StringComparison.OrdinalIgnoreCase) || rest.Equals("ll", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("re", StringComparison.OrdinalIgnoreCase) || rest.Equals("ve", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("d", StringComparison.OrdinalIgnoreCase) || rest.Equals("m", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The first character of the word that ends before the space at <paramref name="space"/>.</summary>
    private static int PreviousWordStart(string text, int space)
    {
        int i = space;
        while (i > 0 && char.IsLetter(text[i - 1])) i--;
        return i;
    }

    private static bool IsAbbreviationPeriod(string text, int wordStart, int dot, int end)
    {
        // The segment since the last period must be a single letter, and a letter must follow
        // (U.S → continue) or the token so far must already contain a period (U.S. → take the final period).
        // A hyphen also opens a segment: the party and state of a US lawmaker, "(D-N.Y.)", hold "N.Y." whole.
        int segStart = text.LastIndexOfAny(['.', '-'], dot - 1, dot - wordStart) + 1;
        if (segStart < wordStart) segStart = wordStart;
        if (dot - segStart != 1) return false;
        bool letterFollows = dot + 2 <= end && char.IsLetter(text[dot + 1]) && (dot + 2 == end || text[dot + 2] == '.');
        bool alreadyAbbrev = segStart > wordStart;
        // A middle initial keeps its stop, "James B. Comey", as the tagger's training text writes it ("B." one token).
        bool initial = segStart == wordStart && char.IsUpper(text[segStart]) && dot + 2 < text.Length && text[dot + 1] == ' ' && char.IsUpper(text[dot + 2])
            && wordStart > 1 && text[wordStart - 1] == ' ' && char.IsUpper(text[PreviousWordStart(text, wordStart - 1)]);
        return letterFollows || alreadyAbbrev || initial;
    }
}
