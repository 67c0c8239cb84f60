using Corroborate.Text;

namespace Corroborate.Analysis.Quotes;

/// <summary>
/// Pairs quotation marks paragraph by paragraph: curly “…” and «…» by direction, straight "…" by alternation.
/// A quote still open at the end of a paragraph ends there (news omits the closing mark when the quote runs
/// on into the next paragraph, which opens with a new mark).
/// </summary>
internal static class QuoteMarks
{
    /// <summary>Quoted spans including their marks.</summary>
    public static List<TextSpan> Find(string text)
    {
        var result = new List<TextSpan>();
        int open = -1;
        char opener = '\0';
        for (int i = 0; i < text.Length; i++)
        {
            char ch = text[i];
            if (ch == '\n')
            {
                if (open >= 0 && i - open > 1) result.Add(new TextSpan(open, i));
                open = -1;
                continue;
            }

            if (open < 0)
            {
                if (ch is '“' or '«' || ch == '"' && OpensHere(text, i))
                {
                    open = i;
                    opener = ch;
                }
            }
            else if ((opener == '“' && ch == '”') || (opener == '«' && ch == '»') || (opener == '"' && ch == '"'))
            {
                if (i - open > 1) result.Add(new TextSpan(open, i + 1));
                open = -1;
            }
            else if (opener == '“' && ch == '“')
            {
                // A new opening mark before the old one closed: the old one ran to here.
                if (i - open > 1) result.Add(new TextSpan(open, i));
                open = i;
            }
        }

        if (open >= 0 && text.Length - open > 1) result.Add(new TextSpan(open, text.Length));
        return result;
    }

    private static bool OpensHere(string text, int i) =>
        i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
}
