using Corroborate.Text;

namespace Corroborate.Analysis.Quotes;

/// <summary>A run of text between double quote marks. Outer includes the marks; Inner is what was said.</summary>
internal readonly record struct QuotedSegment(TextSpan Outer, TextSpan Inner);

/// <summary>
/// Pairs double quote marks in one linear pass (no regex): curly “…”, straight "…" told open from close by the
/// characters around them, «…», and the two-character ``…'' and ''…'' of news archives (the New York Times
/// corpus, Penn Treebank text), typeset as ‘‘…’’ by some presses (also closing a “). Single marks nest inside and are left alone (apostrophes make them
/// ambiguous at top level). A paragraph that ends inside a quote continues it when the next paragraph opens with
/// a mark (the news convention for multi-paragraph quotes) or when the next line's first mark closes a quote (text
/// written a sentence a line); otherwise the quote closes at the paragraph end.
/// </summary>
public static class QuoteMarks
{
    internal static List<QuotedSegment> Find(string text)
    {
        var segments = new List<QuotedSegment>();
        int open = -1, openLength = 1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '\n' or '\r' or '\u2029')
            {
                if (open < 0) continue;
                int next = SkipSpace(text, i);
                if (next < text.Length && Length(text, next) is > 0 and var m && IsOpener(text, next, m))
                {
                    i = next + m - 1; // the continuation mark of a multi-paragraph quote
                    continue;
                }

                if (FirstMarkCloses(text, next))
                {
                    i = next - 1; // text written a sentence a line: the quote closes on a later line
                    continue;
                }

                int end = TrimEnd(text, open + openLength, i);
                if (end > open + openLength) segments.Add(Segment(text, open, openLength, end, end));
                open = -1;
                continue;
            }

            int mark = Length(text, i);
            if (mark == 0) continue;
            if (open < 0)
            {
                if (IsOpener(text, i, mark)) (open, openLength) = (i, mark);
            }
            else if (IsCloser(text, i, mark))
            {
                if (i > open + openLength) segments.Add(Segment(text, open, openLength, i, i + mark));
                open = -1;
            }

            i += mark - 1;
        }

        if (open >= 0)
        {
            int end = TrimEnd(text, open + openLength, text.Length);
            if (end > open + openLength) segments.Add(Segment(text, open, openLength, end, end));
        }

        return segments;
    }

    /// <summary>
    /// Whether the first double mark on the line from <paramref name="i"/> closes a quote ("… to stay in jail,” said
    /// Greenway"): then that line goes on with the quote the line before left open, rather than the quote ending
    /// at the line break and the closing mark pairing with nothing.
    /// </summary>
    private static bool FirstMarkCloses(string text, int i)
    {
        for (int k = i; k < text.Length && text[k] is not ('\n' or '\r' or '\u2029'); k++)
        {
            if (Length(text, k) is > 0 and var m) return IsCloser(text, k, m) && (!IsOpener(text, k, m) || AfterComma(text, k));
        }

        return false;
    }

    /// <summary>The segment from the opening mark at <paramref name="open"/> to <paramref name="outerEnd"/>; what was
    /// said starts after the mark and any space tokenised text left there ('" North Korea …').</summary>
    private static QuotedSegment Segment(string text, int open, int openLength, int innerEnd, int outerEnd)
    {
        int start = open + openLength;
        while (start < innerEnd - 1 && text[start] == ' ') start++;
        return new QuotedSegment(new TextSpan(open, outerEnd), new TextSpan(start, innerEnd));
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return end;
    }

    /// <summary>
    /// The length of the double quote mark at <paramref name="i"/>: 1 for “ ” " « » „, 2 for `` and '' (two
    /// apostrophes, the archive convention), else 0. A lone apostrophe is never a double mark.
    /// </summary>
    public static int Length(string text, int i)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (i < 0 || i >= text.Length) return 0;
        char c = text[i];
        if (c is '"' or '“' or '”' or '«' or '»' or '„') return 1;
        if (c is '\'' or '`' or '‘' or '’' && i + 1 < text.Length && text[i + 1] == c) return 2;
        return 0;
    }

    private static bool IsOpener(string text, int i, int mark)
    {
        char c = text[i];
        if (c is '“' or '«' or '„' or '`' or '‘') return true;
        if (c is not ('"' or '\'')) return false;
        bool before = i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' or '-' or '/' or ':';
        bool after = i + mark < text.Length && !char.IsWhiteSpace(text[i + mark]);
        // A mark opening a line opens a quote even when tokenised text put a space after it ('" North Korea has …').
        bool lineStart = i == 0 || text[i - 1] is '\n' or '\r';
        return before && (after || lineStart && i + mark < text.Length && text[i + mark] == ' ');
    }

    private static bool IsCloser(string text, int i, int mark)
    {
        char c = text[i];
        if (c is '”' or '»' || c is '\'' or '’' && mark == 2) return true;
        if (c != '"') return false;
        return i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1]) || i == 0 || !char.IsWhiteSpace(text[i - 1]) || AfterComma(text, i);
    }

    /// <summary>"… definitely wrong, "Pigeon told": inside a quote, a straight mark after a comma closes it, however
    /// the spacing around it was mangled.</summary>
    private static bool AfterComma(string text, int i)
    {
        int k = i - 1;
        while (k >= 0 && text[k] == ' ') k--;
        return k >= 0 && text[k] == ',';
    }
}
