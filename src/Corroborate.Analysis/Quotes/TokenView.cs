using System.Collections.Immutable;
using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Analysis.Quotes;

/// <summary>Token-level helpers over one document: words as spans, sentence ranges, quoted-token flags.</summary>
internal sealed class TokenView
{
    private readonly int[] _sentenceStart;
    private readonly int[] _sentenceEnd;
    private readonly int[] _paragraphStart;
    private readonly int[] _nextParagraph;

    public TokenView(Document document, List<QuotedSegment> segments)
    {
        Text = document.Text;
        Tokens = document.Tokens;
        _sentenceStart = new int[Tokens.Length];
        _sentenceEnd = new int[Tokens.Length];
        int t = 0;
        foreach (var s in document.Sentences)
        {
            int first = t;
            while (t < Tokens.Length && Tokens[t].Span.Start < s.Span.End) t++;
            for (int k = first; k < t; k++)
            {
                _sentenceStart[k] = first;
                _sentenceEnd[k] = t;
            }
        }

        for (int k = t; k < Tokens.Length; k++)
        {
            _sentenceStart[k] = t;
            _sentenceEnd[k] = Tokens.Length;
        }

        // Paragraphs: the first token of each token's paragraph, and the first token after it that opens the next
        // one (a line break before it), computed once so that a quote in a long unbroken text does not walk the
        // whole text to find its paragraph.
        _paragraphStart = new int[Tokens.Length];
        _nextParagraph = new int[Tokens.Length];
        for (int k = 1; k < Tokens.Length; k++)
        {
            _paragraphStart[k] = LineBreakBetween(Tokens[k - 1].Span.End, Tokens[k].Span.Start) ? k : _paragraphStart[k - 1];
        }

        for (int k = Tokens.Length - 1; k >= 0; k--)
        {
            _nextParagraph[k] = k + 1 >= Tokens.Length ? Tokens.Length : _paragraphStart[k + 1] == k + 1 ? k + 1 : _nextParagraph[k + 1];
        }

        Quoted = new bool[Tokens.Length];
        foreach (var seg in segments)
        {
            for (int k = IndexAtOrAfter(seg.Inner.Start); k < Tokens.Length && Tokens[k].Span.End <= seg.Inner.End; k++) Quoted[k] = true;
        }
    }

    public string Text { get; }
    public ImmutableArray<Token> Tokens { get; }
    public bool[] Quoted { get; }
    public int Count => Tokens.Length;

    public ReadOnlySpan<char> Word(int i) => Text.AsSpan(Tokens[i].Span.Start, Tokens[i].Span.Length);
    public TextSpan Span(int i) => Tokens[i].Span;
    // Out of range is "not a word" rather than an exception: the phrase scans look one token past their bounds.
    public bool IsWord(int i) => i >= 0 && i < Count && Tokens[i].Kind == TokenKind.Word;
    public bool IsCapitalized(int i) => IsWord(i) && char.IsUpper(Text[Tokens[i].Span.Start]);
    public bool Is(int i, char c) => i >= 0 && i < Count && Tokens[i].Span.Length == 1 && Text[Tokens[i].Span.Start] == c;
    public bool IsWordEq(int i, string w) => i >= 0 && i < Count && Word(i).Equals(w, StringComparison.OrdinalIgnoreCase);
    public bool IsClitic(int i) => i >= 0 && i < Count && Tokens[i].Span.Length == 2 && Tokenizer_IsApostrophe(Text[Tokens[i].Span.Start]);
    public bool IsQuoteMark(int i) => i >= 0 && i < Count && QuoteMarks.Length(Text, Tokens[i].Span.Start) == Tokens[i].Span.Length;
    public int SentenceStart(int i) => _sentenceStart[i];
    public int SentenceEnd(int i) => _sentenceEnd[i];

    /// <summary>The first token of token <paramref name="i"/>'s paragraph (0 for the first paragraph).</summary>
    public int ParagraphStart(int i) => _paragraphStart[i];

    /// <summary>The first token after <paramref name="i"/> that starts a paragraph, or <see cref="Count"/>.</summary>
    public int NextParagraph(int i) => i >= Count ? Count : _nextParagraph[i];

    /// <summary>The channel a word names ("statement", "tweet", "phone call"), or null. A bare "call" is too
    /// often a demand ("calls to Russia") to count alone.</summary>
    public string? ChannelAt(int k)
    {
        if (k < 0 || k >= Count || Quoted[k] || !IsWord(k)) return null;
        if (QuoteLexicon.Channel.TryGetValue(Word(k), out var ch)) return ch;
        return (IsWordEq(k, "call") || IsWordEq(k, "calls")) && (IsWordEq(k - 1, "a") || IsWordEq(k - 1, "the") || Tokens[Math.Max(k - 1, 0)].Kind == TokenKind.Number || IsWordEq(k - 1, "video")) ? "call" : null;
    }

    /// <summary>The first channel named in tokens [from, to).</summary>
    public string? ChannelIn(int from, int to)
    {
        for (int k = Math.Max(0, from); k < Math.Min(to, Count); k++)
        {
            if (ChannelAt(k) is { } ch) return ch;
        }

        return null;
    }

    /// <summary>True when a line break lies between two positions (a paragraph boundary).</summary>
    public bool LineBreakBetween(int from, int to)
    {
        for (int i = from; i < to && i < Text.Length; i++)
        {
            if (Text[i] is '\n' or '\r') return true;
        }

        return false;
    }

    /// <summary>Index of the first token starting at or after a position.</summary>
    public int IndexAtOrAfter(int position)
    {
        int lo = 0, hi = Tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Tokens[mid].Span.Start < position) lo = mid + 1;
            else hi = mid;
        }

        return lo;
    }

    private static bool Tokenizer_IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';
}
