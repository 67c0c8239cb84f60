namespace Corroborate.Analysis.Ingest.Web.Html;

/// <summary>
/// A node of the lightweight HTML tree: an element (lower-case <see cref="Name"/>) or a text run ("#text").
/// Positions are character offsets into the decoded page, so extracted text can be mapped back to the markup.
/// </summary>
internal sealed class HtmlNode
{
    public const string TextName = "#text";

    public HtmlNode(string name, int rawStart)
    {
        Name = name;
        RawStart = rawStart;
        RawEnd = rawStart;
    }

    public string Name { get; }

    public HtmlNode? Parent { get; set; }

    public List<HtmlNode>? Children { get; private set; }

    /// <summary>Element: the '&lt;' of its start tag. Text: the first character of the run.</summary>
    public int RawStart { get; }

    /// <summary>Element: just after its end tag (or its last content). Text: just after the run.</summary>
    public int RawEnd { get; set; }

    /// <summary>Element only: where its content starts (just after the start tag).</summary>
    public int ContentStart { get; set; }

    public List<KeyValuePair<string, string>>? Attributes { get; set; }

    public bool IsText => ReferenceEquals(Name, TextName);

    // Scratch fields for the extractor (one parse is used by one extraction, never shared across threads).
    internal int TextLength { get; set; }

    internal int LinkLength { get; set; }

    internal double Score { get; set; }

    /// <summary>Non-link text measured with class rules off: how much of the page's text this element holds.</summary>
    internal int Bulk { get; set; }

    /// <summary>0 = not yet classified, 1 = content, 2 = boilerplate.</summary>
    internal byte Verdict { get; set; }

    public void Append(HtmlNode child)
    {
        child.Parent = this;
        (Children ??= []).Add(child);
    }

    public string? Attr(string name)
    {
        if (Attributes is null) return null;
        foreach (var kv in Attributes)
        {
            if (kv.Key == name) return kv.Value;
        }

        return null;
    }

    public IEnumerable<HtmlNode> Descendants()
    {
        // Iterative: parsed trees are depth-capped, but callers should not depend on the call stack anyway.
        var stack = new Stack<HtmlNode>();
        if (Children is null) yield break;
        for (int i = Children.Count - 1; i >= 0; i--) stack.Push(Children[i]);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            yield return n;
            if (n.Children is { } c)
            {
                for (int i = c.Count - 1; i >= 0; i--) stack.Push(c[i]);
            }
        }
    }

    public bool IsInside(string name)
    {
        for (var p = Parent; p is not null; p = p.Parent)
        {
            if (p.Name == name) return true;
        }

        return false;
    }
}
