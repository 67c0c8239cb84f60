using System.Collections.Frozen;
using System.Collections.Immutable;
using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Analysis.Segmentation;

/// <summary>
/// Sentence boundaries for news text: a line break always ends a sentence (headlines and captions have no
/// full stop); '.', '!', '?' end one when followed by space and a likely sentence start, unless the word
/// before is an abbreviation (Mr., Gen., Jan.) or an initial. Closing quotes and brackets stay with
/// the sentence they close.
/// </summary>
public static class SentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "adm", "gov", "sen", "rep",
        "rev", "st", "jr", "sr", "hon", "pres", "supt", "insp", "det", "cmdr", "brig", "messrs", "mme", "fr",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "no", "nos", "vs", "v", "etc", "inc", "ltd", "co", "corp", "bros", "dept", "univ", "assn", "est", "approx",
        "fig", "vol", "p", "pp", "ed", "eds", "ft", "mt", "ave", "blvd", "rd", "cf", "al", "e.g", "i.e",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static ImmutableArray<Sentence> Split(string text, ImmutableArray<Token> tokens)
    {
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        int sentenceStart = -1;
        for (int t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            if (sentenceStart < 0) sentenceStart = token.Span.Start;
            int end = token.Span.End;

            bool lineBreakAfter = t + 1 >= tokens.Length || HasLineBreak(text, end, tokens[t + 1].Span.Start);
            bool terminal = IsTerminal(text, tokens, t);
            if (terminal)
            {
                // Absorb closing quotes and brackets: He said "no." Then…
                while (t + 1 < tokens.Length && IsCloser(text[tokens[t + 1].Span.Start]) && tokens[t + 1].Span.Start == end)
                {
                    t++;
                    end = tokens[t].Span.End;
                }

                lineBreakAfter = t + 1 >= tokens.Length || HasLineBreak(text, end, tokens[t + 1].Span.Start);
                terminal = lineBreakAfter || StartsSentence(text, tokens, t + 1);
            }

            if (terminal || lineBreakAfter)
            {
                sentences.Add(new Sentence(new TextSpan(sentenceStart, end)));
                sentenceStart = -1;
            }
        }

        return sentences.ToImmutable();
    }

    private static bool HasLineBreak(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (text[i] is '\n' or '\r' or '\u2028' or '\u2029') return true;
        }

        return false;
    }

    private static bool IsTerminal(string text, ImmutableArray<Token> tokens, int t)
    {
        var span = tokens[t].Span;
        char c = text[span.End - 1];
        if (c is '!' or '?') return true;
        if (c == '…' || span.Length == 3 && text[span.Start] == '.') return false; // an ellipsis rarely ends a news sentence mid-line
        if (c != '.') return false;
        if (span.Length > 1)
        {
            // A word token that swallowed its period: "U.S.", "D.C." modify the next word ("U.S. officials") unless
            // that word can only open a sentence ("… in Washington, D.C. The talks …").
            return span.Length > 4 || !char.IsLetter(text[span.Start]) || OpensSentenceOnly(text, tokens, t + 1);
        }

        if (t == 0) return true;
        var prev = tokens[t - 1];
        if (prev.Span.End != span.Start) return true;
        var word = text.AsSpan(prev.Span.Start, prev.Span.Length);
        if (prev.Kind == TokenKind.Word && word.Length == 1 && char.IsUpper(word[0])) return false; // initial: "John F. Kennedy"
        if (prev.Kind != TokenKind.Word || !Abbreviations.Contains(word.ToString())) return true;

        // "No." and "Nos." abbreviate "number" only before a figure ("No. 10"); otherwise they are words.
        bool numberWord = word.Equals("no", StringComparison.OrdinalIgnoreCase) || word.Equals("nos", StringComparison.OrdinalIgnoreCase);
        return numberWord && (t + 1 >= tokens.Length || tokens[t + 1].Kind != TokenKind.Number);
    }

    /// <summary>Capitalised words that open a sentence and never follow an abbreviation as its noun.</summary>
    private static readonly FrozenSet<string> Openers = new[]
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Their", "Its", "Our", "This", "That",
        "These", "Those", "There", "But", "And", "Yet", "So", "In", "On", "At", "After", "Before", "When", "While", "If", "As",
        "However", "Meanwhile", "Still", "Some", "Many", "Most",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static bool OpensSentenceOnly(string text, ImmutableArray<Token> tokens, int next) =>
        next < tokens.Length && tokens[next].Kind == TokenKind.Word && Openers.Contains(text.Substring(tokens[next].Span.Start, tokens[next].Span.Length));

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or ')' or ']' or '»';

    private static bool StartsSentence(string text, ImmutableArray<Token> tokens, int next)
    {
        if (next >= tokens.Length) return true;
        char c = text[tokens[next].Span.Start];
        return char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '\'' or '(' or '[' or '«' or '—' or '-';
    }
}
