using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Corroborate.Model;

namespace Corroborate.Analysis.Ingest.Web.Html;

/// <summary>
/// Which elements are page furniture rather than article: by tag, by class/id vocabulary, and by hidden state.
/// The vocabulary is the one news CMSs converge on (WordPress, Arc, Drupal, German CMSs); the idea of weighing
/// negative words against positive ones comes from Readability, the word lists are ours.
/// </summary>
internal static partial class BoilerplateRules
{
    // rt/rp: ruby annotations (furigana printed above kanji) are reading aids, not words of the text; keeping them
    // interleaves every annotated word with its reading. Dev split: the one furigana page lost all 3 snippets.
    private static readonly FrozenSet<string> DropTags = FrozenSet.ToFrozenSet(
        ["script", "style", "noscript", "template", "iframe", "svg", "canvas", "nav", "aside", "footer", "menu", "dialog",
         "head", "title", "object", "embed", "video", "audio", "map", "button", "input", "select", "textarea", "option",
         "label", "link", "meta", "picture", "img", "source", "form-hidden", "noembed", "noframes", "math",
         "rt", "rp"],
        StringComparer.Ordinal);

    // Furniture even when large, unless the element also names itself article content.
    [GeneratedRegex(@"cookie|consent|gdpr|comment|disqus|share|sharing|social|related|newsletter|outbrain|taboola|breadcrumb|pagination|popup|modal|paywall", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Strong();

    // Furniture unless the element holds most of the page's text or is a large wrapper with a content word.
    [GeneratedRegex(@"advert|sponsor|pager\b|skip-?link|print-?only|screen-?reader|sr-only|visually-?hidden|subscribe|signup|login|recommend|read-?more|more-?stories|also-?read|trending|most-?popular|tagcloud|tag-?list|post-?tags|\btags\b|widget|sidebar|\bad\b|\bads\b|-ad-|\bad-|adslot|ad-?container|banner|rating|author-?bio|about-?the-?author|author[-_]?(box|card|profile|info|description|section|details|about)|contributor-?bio|contributors\b|\bm-author\b|autor(en)?-?(box|info|bio|profil)|wp-caption-text|caption|credit|copyright|byline|dateline|post-?meta|entry-?meta|article-?meta|meta-?data|\bmeta\b|posted-?on|published|timestamp|\bdate\b|-date\b|\bdate-", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negative();

    // Negative words that a positive word can outweigh (a "content-footer" inside the article is still article).
    [GeneratedRegex(@"footer|header|masthead|menu|\bnav|navbar|navigation|toolbar|promo|teaser-list|hidden|extra|supplement|rss|community", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeakNegative();

    [GeneratedRegex(@"article|body|content|entry|main|post|story|text|blog|hentry|page", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Positive();

    [GeneratedRegex(@"caption|wp-caption-text", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaptionWord();

    [GeneratedRegex(@"credit|copyright|photographer|bildnachweis|quelle", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditWord();

    [GeneratedRegex(@"byline|author", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BylineWord();

    [GeneratedRegex(@"related|read-?more|more-?stories|also-?read|recommend", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelatedWord();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenStyle();

    internal static string ClassAndId(HtmlNode e)
    {
        var c = e.Attr("class");
        var id = e.Attr("id");
        return c is null ? id ?? "" : id is null ? c : c + " " + id;
    }

    /// <summary>Whether an element (and everything inside it) is furniture. Cached on the node.</summary>
    public static bool IsBoilerplate(HtmlNode e)
    {
        if (e.Verdict != 0) return e.Verdict == 2;
        bool drop = Decide(e);
        e.Verdict = drop ? (byte)2 : (byte)1;
        return drop;
    }

    /// <summary>
    /// Relaxed rules for the second pass of the extraction cascade, used when the strict pass found almost no
    /// text (a CMS that puts "sidebar" or "share" on the article wrapper, an unclosed &lt;header&gt; holding the
    /// whole page). Thread-static because one extraction runs on one thread; set only by <see cref="HtmlExtractor"/>.
    /// </summary>
    [ThreadStatic]
    internal static bool Relaxed;

    /// <summary>Class rules off (tags and hidden state only): the measuring pass of the bulk guard.</summary>
    [ThreadStatic]
    internal static bool TagsOnly;

    /// <summary>Non-link text of the whole body in the measuring pass.</summary>
    [ThreadStatic]
    internal static int BodyBulk;

    // Share of the page's text above which a class name alone cannot condemn an element: a wrapper holding
    // most of the text is (or contains) the article, whatever its CMS calls it ("elementor-widget-wrap",
    // "content-sidebar-wrap"). Dev split: 0.4 rescued the Elementor/Genesis pages without keeping sidebars.
    private const double BulkShare = 0.4;

    // A furniture tag must hold more than half of the page's text to count as the article's container.
    private const double StructuralBulkShare = 0.5;

    // Raw size (characters of markup) above which a class name alone no longer condemns an element that also
    // carries a content word: the WordPress post wrapper "post type-post no-share hentry" is tens of KB, a share
    // bar is rarely over 3 KB (eval dev split: every dropped-article case had wrappers over 10 KB).
    private const int LargeWrapperChars = 3000;

    private static bool Decide(HtmlNode e)
    {
        if (e.Name is "aside" or "nav" or "footer" or "menu" or "dialog")
        {
            // Structural furniture tags, unless misused around the article (an unclosed <aside> that swallows the
            // page): in the measuring pass they count, afterwards they stay only if they hold the bulk of the text.
            if (TagsOnly) return false;
            return !(BodyBulk > 0 && e.Bulk >= StructuralBulkShare * BodyBulk);
        }

        if (DropTags.Contains(e.Name)) return true;
        if (e.Name is "figure" or "figcaption") return true;
        if (e.Attributes is null) return false;
        if (e.Attr("hidden") is not null) return true;
        if (e.Attr("style") is { } style && HiddenStyle().IsMatch(style)) return true;
        if (Relaxed || TagsOnly) return false;
        if (e.Attr("aria-hidden") == "true") return true;
        var role = e.Attr("role");
        if (role is "navigation" or "complementary" or "banner" or "contentinfo" or "dialog" or "menu" or "alert") return true;
        var itemprop = e.Attr("itemprop");
        if (itemprop is "articleBody" or "text" or "reviewBody") return false;
        if (e.Name is "html" or "body" or "main" or "article") return false;

        // A person block (byline or author bio) marked up as schema.org author, unless it wraps the page's text.
        if (itemprop == "author" && !(BodyBulk > 0 && e.Bulk >= BulkShare * BodyBulk)) return true;
        var ci = ClassAndId(e);
        if (ci.Length == 0) return false;
        bool bulky = BodyBulk > 0 && e.Bulk >= BulkShare * BodyBulk;
        if (Strong().IsMatch(ci)) return !(IsStrongContentMarker(ci) || (bulky && Positive().IsMatch(ci)));
        if (Negative().IsMatch(ci))
        {
            if (IsStrongContentMarker(ci) || bulky || HoldsHeadline(e)) return false;
            return !(Positive().IsMatch(ci) && e.RawEnd - e.RawStart > LargeWrapperChars);
        }

        if (WeakNegative().IsMatch(ci))
        {
            // An article's own header holds its headline and lead paragraph; the page header does not sit inside <article>.
            if (e.Name == "header" || ci.Contains("header", StringComparison.OrdinalIgnoreCase)) return !(bulky || e.IsInside("article"));
            return !(Positive().IsMatch(ci) || bulky);
        }
        return false;
    }

    /// <summary>
    /// A meta/date wrapper around the article's &lt;h1&gt; ("entry-meta-wrap") is kept: the headline belongs to the
    /// article text; the date and byline lines beside it are removed later by the block filters.
    /// </summary>
    private static bool HoldsHeadline(HtmlNode e)
    {
        if (e.RawEnd - e.RawStart > 20_000) return false;
        foreach (var d in e.Descendants())
        {
            if (d.Name == "h1") return true;
        }

        return false;
    }

    // "article-body", "entry-content" etc. beat the negative words that happen to be in the same attribute
    // ("post-content has-comments").
    private static bool IsStrongContentMarker(string ci) => ContentMarkers.IsMatch(ci);

    [GeneratedRegex(@"article[-_]?(body|content|text)|entry[-_]?content|post[-_]?(body|content|text)|story[-_]?(body|content|text)|articlebody|main[-_]?content|blog[-_]?post[-_]?content|content[-_]?body|text[-_]?content", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContentMarkerRegex();

    internal static Regex ContentMarkers => ContentMarkerRegex();

    /// <summary>What kind of removal to report for a dropped element inside the article, or null to stay silent.</summary>
    public static RemovalKind? KindOf(HtmlNode e)
    {
        if (e.Name == "figcaption") return RemovalKind.Caption;
        var ci = ClassAndId(e);
        if (ci.Length == 0) return e.Name == "figure" ? RemovalKind.Caption : null;
        if (CreditWord().IsMatch(ci)) return RemovalKind.Credit;
        if (CaptionWord().IsMatch(ci)) return RemovalKind.Caption;
        if (BylineWord().IsMatch(ci)) return RemovalKind.Byline;
        if (RelatedWord().IsMatch(ci)) return RemovalKind.RelatedLink;
        return e.Name == "figure" ? RemovalKind.Caption : null;
    }
}
