using Corroborate.Text;

namespace Corroborate.Analysis.Quotes;

/// <summary>A run of text between double quote marks. Outer includes the marks; Inner is what was said.</summary>
internal readonly record struct QuotedSegment(TextSpan Outer, TextSpan Inner);

/// <summary>
/// Pairs double quote marks in one linear pass (no regex): curly “…”, straight "…" told open from close by the
/// characters around them, and «…». Single marks nest inside and are left alone (apostrophes make them
/// ambiguous at top level). A paragraph that ends inside a quote continues it when the next paragraph opens with
/// a mark (the news convention for multi-paragraph quotes); otherwise the quote closes at the paragraph end.
/// </summary>
internal static class QuoteMarks
{
    public static List<QuotedSegment> Find(string text)
    {
        var segments = new List<QuotedSegment>();
        int open = -1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '\n' or '\r' or '\u2029')
            {
                if (open < 0) continue;
                int next = SkipSpace(text, i);
                if (next < text.Length && IsOpener(text, next))
                {
                    i = next; // the continuation mark of a multi-paragraph quote
                    continue;
                }

                int end = TrimEnd(text, open + 1, i);
                if (end > open + 1) segments.Add(new QuotedSegment(new TextSpan(open, end), new TextSpan(open + 1, end)));
                open = -1;
                continue;
            }

            if (open < 0)
            {
                if (IsOpener(text, i)) open = i;
            }
            else if (IsCloser(text, i))
            {
                if (i > open + 1) segments.Add(new QuotedSegment(new TextSpan(open, i + 1), new TextSpan(open + 1, i)));
                open = -1;
            }
        }

        if (open >= 0)
        {
            int end = TrimEnd(text, open + 1, text.Length);
            if (end > open + 1) segments.Add(new QuotedSegment(new TextSpan(open, end), new TextSpan(open + 1, end)));
        }

        return segments;
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

    private static bool IsOpener(string text, int i)
    {
        char c = text[i];
        if (c is '“' or '«' or '„') return true;
        if (c != '"') return false;
        bool before = i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' or '-' or '/' or ':';
        bool after = i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
        return before && after;
    }

    private static bool IsCloser(string text, int i)
    {
        char c = text[i];
        if (c is '”' or '»') return true;
        if (c != '"') return false;
        return i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1]) || i == 0 || !char.IsWhiteSpace(text[i - 1]);
    }
}
