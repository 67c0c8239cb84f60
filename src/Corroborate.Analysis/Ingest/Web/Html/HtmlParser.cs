using System.Collections.Frozen;

namespace Corroborate.Analysis.Ingest.Web.Html;

/// <summary>The parsed page: a root node over the markup, and whether nesting had to be flattened.</summary>
internal sealed record HtmlDocument(string Source, HtmlNode Root, bool NestingCapped);

/// <summary>
/// A forgiving single-pass HTML tokenizer and tree builder. It keeps character positions for every node (which
/// a DOM library does not expose cheaply), never throws on malformed markup, and caps nesting so that
/// 100,000-level documents neither overflow a stack nor go quadratic. It implements the parts of the HTML5
/// tree-construction rules that change what text belongs to which block (implied end tags for p/li/td...,
/// void elements, raw-text elements); the rest of the spec only matters for rendering.
/// </summary>
internal static class HtmlParser
{
    /// <summary>
    /// Deepest element nesting kept as a tree; deeper elements become siblings. Real article pages in the
    /// trafilatura evaluation set stay well under 100 levels; 256 leaves a wide margin.
    /// </summary>
    public const int MaxDepth = 256;

    private static readonly FrozenSet<string> Void = FrozenSet.ToFrozenSet(
        ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> RawText = FrozenSet.ToFrozenSet(
        ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext", "template"],
        StringComparer.Ordinal);

    // Start tags that close an open <p> (HTML5 "close a p element" list, abridged).
    private static readonly FrozenSet<string> ClosesP = FrozenSet.ToFrozenSet(
        ["address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset", "figcaption", "figure", "footer",
         "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "nav", "ol", "p", "pre", "section", "table", "ul",
         "li", "dd", "dt"],
        StringComparer.Ordinal);

    private static readonly Dictionary<string, string> InternSeed = BuildIntern();

    private static Dictionary<string, string> BuildIntern()
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var n in (string[])["a", "abbr", "article", "aside", "b", "blockquote", "body", "br", "button", "caption", "cite",
                     "code", "dd", "div", "dl", "dt", "em", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
                     "h5", "h6", "head", "header", "hr", "html", "i", "iframe", "img", "input", "label", "li", "link", "main",
                     "meta", "nav", "noscript", "ol", "option", "p", "pre", "q", "s", "script", "section", "select", "small",
                     "source", "span", "strong", "style", "sub", "sup", "svg", "table", "tbody", "td", "template", "th",
                     "thead", "time", "title", "tr", "u", "ul", "path", "picture", "video", "audio", "address", "details",
                     "fieldset", "textarea", "menu", "dialog", "summary", "g", "use", "font", "center", "mark", "tfoot"])
        {
            d[n] = n;
        }

        return d;
    }

    public static HtmlDocument Parse(string s) => new Builder(s).Run();

    private sealed class Builder(string s)
    {
        private readonly List<HtmlNode> _open = new(64);
        private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _intern = InternSeed.GetAlternateLookup<ReadOnlySpan<char>>();
        private bool _capped;

        public HtmlDocument Run()
        {
            var root = new HtmlNode("#root", 0) { ContentStart = 0 };
            _open.Add(root);
            int i = 0, n = s.Length;
            while (i < n)
            {
                int lt = s.IndexOf('<', i);
                if (lt < 0) lt = n;
                if (lt > i) AddText(i, lt);
                if (lt >= n) break;
                i = Tag(lt);
            }

            for (int k = _open.Count - 1; k >= 0; k--) _open[k].RawEnd = n;
            return new HtmlDocument(s, root, _capped);
        }

        private HtmlNode Current => _open[^1];

        private void AddText(int start, int end)
        {
            var t = new HtmlNode(HtmlNode.TextName, start) { RawEnd = end };
            Current.Append(t);
        }

        /// <summary>Handles the markup at '&lt;'; returns where scanning resumes.</summary>
        private int Tag(int lt)
        {
            int n = s.Length;
            int j = lt + 1;
            if (j >= n) { AddText(lt, n); return n; }
            char c = s[j];
            if (c == '!')
            {
                if (string.CompareOrdinal(s, j, "!--", 0, 3) == 0)
                {
                    int end = s.IndexOf("-->", j + 3, StringComparison.Ordinal);
                    return end < 0 ? n : end + 3;
                }

                int gt = s.IndexOf('>', j);
                return gt < 0 ? n : gt + 1;
            }

            if (c == '?')
            {
                int gt = s.IndexOf('>', j);
                return gt < 0 ? n : gt + 1;
            }

            if (c == '/')
            {
                int ns = j + 1;
                int ne = ns;
                while (ne < n && IsNameChar(s[ne])) ne++;
                int gt = s.IndexOf('>', ne);
                int after = gt < 0 ? n : gt + 1;
                if (ne > ns) EndTag(Name(ns, ne), lt, after);
                return after;
            }

            if (!char.IsAsciiLetter(c))
            {
                AddText(lt, lt + 1);
                return lt + 1;
            }

            int nameEnd = j;
            while (nameEnd < n && IsNameChar(s[nameEnd])) nameEnd++;
            var name = Name(j, nameEnd);
            int k = nameEnd;
            List<KeyValuePair<string, string>>? attrs = null;
            bool selfClosing = false;
            while (k < n)
            {
                char ch = s[k];
                if (ch == '>') { k++; break; }
                if (ch == '/' ) { selfClosing = k + 1 < n && s[k + 1] == '>'; k++; continue; }
                if (char.IsWhiteSpace(ch)) { k++; continue; }
                int an = k;
                while (k < n && s[k] != '=' && s[k] != '>' && !char.IsWhiteSpace(s[k]) && !(s[k] == '/' && k + 1 < n && s[k + 1] == '>')) k++;
                if (k == an) { k++; continue; }
                var attrName = s.Substring(an, k - an).ToLowerInvariant();
                while (k < n && char.IsWhiteSpace(s[k])) k++;
                string value = "";
                if (k < n && s[k] == '=')
                {
                    k++;
                    while (k < n && char.IsWhiteSpace(s[k])) k++;
                    if (k < n && (s[k] == '"' || s[k] == '\''))
                    {
                        char q = s[k];
                        int close = s.IndexOf(q, k + 1);
                        if (close < 0) close = n;
                        value = s.Substring(k + 1, close - k - 1);
                        k = Math.Min(n, close + 1);
                    }
                    else
                    {
                        int vs = k;
                        while (k < n && !char.IsWhiteSpace(s[k]) && s[k] != '>') k++;
                        value = s.Substring(vs, k - vs);
                    }
                }

                (attrs ??= []).Add(new(attrName, HtmlEntities.Decode(value)));
            }

            StartTag(name, attrs, lt, k, selfClosing);
            if (RawText.Contains(name) && !selfClosing)
            {
                // Raw text runs to the matching end tag; its content is one text node (JSON-LD lives here).
                int end = s.IndexOf("</" + name, k, StringComparison.OrdinalIgnoreCase);
                if (end < 0) end = n;
                if (end > k) AddText(k, end);
                int gt = end < n ? s.IndexOf('>', end) : -1;
                int after = gt < 0 ? n : gt + 1;
                EndTag(name, end, after);
                return after;
            }

            return k;
        }

        private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or ':' or '_';

        private string Name(int start, int end)
        {
            var span = s.AsSpan(start, end - start);
            if (_intern.TryGetValue(span, out var known)) return known;
            Span<char> lower = stackalloc char[Math.Min(span.Length, 64)];
            int len = span[..lower.Length].ToLowerInvariant(lower);
            if (_intern.TryGetValue(lower[..len], out known)) return known;
            return new string(lower[..len]);
        }

        private void StartTag(string name, List<KeyValuePair<string, string>>? attrs, int lt, int after, bool selfClosing)
        {
            ImpliedEnds(name, lt);
            var el = new HtmlNode(name, lt) { Attributes = attrs, ContentStart = after, RawEnd = after };
            Current.Append(el);
            if (Void.Contains(name) || (selfClosing && name is "svg" or "path" or "use" or "g" or "div" or "span" or "a")) return;
            if (_open.Count >= MaxDepth)
            {
                _capped = true;   // deeper content becomes siblings of this element
                return;
            }

            _open.Add(el);
        }

        private void ImpliedEnds(string name, int at)
        {
            if (ClosesP.Contains(name)) CloseIfOpen("p", at, stopAt: null);
            switch (name)
            {
                case "li": CloseIfOpen("li", at, stopAt: ["ul", "ol", "menu"]); break;
                case "dd" or "dt": CloseIfOpen("dd", at, ["dl"]); CloseIfOpen("dt", at, ["dl"]); break;
                case "td" or "th": CloseIfOpen("td", at, ["tr", "table"]); CloseIfOpen("th", at, ["tr", "table"]); break;
                case "tr": CloseIfOpen("tr", at, ["table", "tbody", "thead", "tfoot"]); break;
                case "option": CloseIfOpen("option", at, ["select"]); break;
                case "body": CloseIfOpen("head", at, null); break;
            }
        }

        private void CloseIfOpen(string name, int at, string[]? stopAt)
        {
            // Only look a few levels up: implied ends apply to the nearest open element of the kind.
            for (int k = _open.Count - 1; k >= 1 && k >= _open.Count - 12; k--)
            {
                var e = _open[k].Name;
                if (e == name) { PopTo(k, at); return; }
                if (stopAt is not null && Array.IndexOf(stopAt, e) >= 0) return;
                if (stopAt is null && e is "div" or "section" or "article" or "td" or "li" or "blockquote") return;
            }
        }

        private void EndTag(string name, int lt, int after)
        {
            for (int k = _open.Count - 1; k >= 1; k--)
            {
                if (_open[k].Name == name)
                {
                    PopTo(k, after);
                    return;
                }

                // An end tag never closes past a table cell or the body for a mismatched inline element.
                if (_open[k].Name is "td" or "th" or "body" && name is not ("tr" or "table" or "html" or "tbody")) return;
            }

            if (name == "br") AddBr(lt, after);
        }

        private void AddBr(int lt, int after) => Current.Append(new HtmlNode("br", lt) { ContentStart = after, RawEnd = after });

        private void PopTo(int index, int end)
        {
            for (int k = _open.Count - 1; k >= index; k--)
            {
                _open[k].RawEnd = end;
                _open.RemoveAt(k);
            }
        }
    }
}
