using System.Text;

namespace Corroborate.Analysis.Ingest.Web.Html;

/// <summary>Plain text of a subtree (entities decoded, whitespace collapsed) for metadata and removals.</summary>
internal static class HtmlText
{
    public static string Collapse(string source, HtmlNode node, int maxChars = 4000)
    {
        var sb = new StringBuilder();
        if (node.IsText) Append(source, node, sb, maxChars);
        else
        {
            foreach (var d in node.Descendants())
            {
                if (d.IsText && !IsScript(d)) Append(source, d, sb, maxChars);
                else if (!d.IsText && d.Name is "br" or "p" or "div" or "li") sb.Append(' ');
                if (sb.Length >= maxChars) break;
            }
        }

        return Normalize(sb.ToString());
    }

    private static bool IsScript(HtmlNode t) => t.Parent?.Name is "script" or "style" or "noscript" or "template";

    private static void Append(string source, HtmlNode t, StringBuilder sb, int maxChars)
    {
        int len = Math.Min(t.RawEnd - t.RawStart, Math.Max(0, maxChars - sb.Length));
        sb.Append(HtmlEntities.Decode(source.Substring(t.RawStart, len)));
    }

    public static string Normalize(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool ws = true;
        foreach (char c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!ws) sb.Append(' ');
                ws = true;
            }
            else if (c != '\u00AD' && c != '\u200B')
            {
                sb.Append(c);
                ws = false;
            }
        }

        return sb.ToString().TrimEnd();
    }
}
