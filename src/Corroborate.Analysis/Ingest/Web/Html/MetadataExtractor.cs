using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using Corroborate.Model;

namespace Corroborate.Analysis.Ingest.Web.Html;

/// <summary>
/// Page metadata with provenance: every field records the signal it came from in <see cref="SourceMetadata.Signals"/>.
/// Order of trust: JSON-LD, then meta tags, then &lt;time&gt; elements, then the URL, then visible text.
/// </summary>
internal static partial class MetadataExtractor
{
    private static readonly string[] PublishedMeta =
    [
        "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
        "publish_date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "date",
        "sailthru.date", "parsely-pub-date", "citation_publication_date", "article.published", "originalpublicationdate",
        "og:article:published_time", "cxenseparse:recs:publishtime", "last-modified-date-disabled",
    ];

    private static readonly string[] ModifiedMeta =
        ["article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified", "lastmod"];

    private static readonly string[] AuthorMeta =
        ["author", "article:author", "parsely-author", "dc.creator", "dcterms.creator", "sailthru.author", "byl", "citation_author"];

    [GeneratedRegex(@"^(?:by|von|par)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByPrefix();

    [GeneratedRegex(@"(?:©|&copy;|\(c\)|copyright)\s*(?:\d{4}\s*(?:[-–]\s*\d{4})?\s*)?(?:by\s+)?([A-Z][\w&.' -]{1,60}?)(?:\.|,|\||\s+all rights|\s+alle rechte|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CopyrightLine();

    public static SourceMetadata Extract(HtmlDocument doc, string? url, IReadOnlyList<HtmlNode> containers)
    {
        var signals = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var jsonLd = new List<JsonElement>();
        var docs = new List<JsonDocument>();
        string? titleTag = null, canonical = null, lang = null, h1 = null, copyright = null;
        var times = new List<(HtmlNode Node, string Value)>();
        var bylines = new List<string>();
        var src = doc.Source;
        try
        {
            foreach (var n in doc.Root.Descendants())
            {
                if (n.IsText) continue;
                switch (n.Name)
                {
                    case "html":
                        lang ??= n.Attr("lang") ?? n.Attr("xml:lang");
                        break;
                    case "meta":
                        var key = n.Attr("property") ?? n.Attr("name") ?? n.Attr("itemprop") ?? n.Attr("http-equiv");
                        var content = n.Attr("content") ?? n.Attr("datetime");
                        if (key is not null && !string.IsNullOrWhiteSpace(content)) meta.TryAdd(key.Trim(), content.Trim());
                        break;
                    case "title":
                        titleTag ??= HtmlText.Collapse(src, n);
                        break;
                    case "link":
                        if (n.Attr("rel")?.Contains("canonical", StringComparison.OrdinalIgnoreCase) == true) canonical ??= n.Attr("href");
                        break;
                    case "script":
                        if (n.Attr("type")?.Contains("ld+json", StringComparison.OrdinalIgnoreCase) == true && n.Children is { Count: > 0 } kids)
                        {
                            var json = src.Substring(kids[0].RawStart, kids[0].RawEnd - kids[0].RawStart);
                            if (TryParse(json) is { } jd) { docs.Add(jd); Flatten(jd.RootElement, jsonLd, 0); }
                        }

                        break;
                    case "time":
                        var dt = n.Attr("datetime") ?? n.Attr("content");
                        if (dt is not null) times.Add((n, dt));
                        break;
                    case "h1":
                        h1 ??= HtmlText.Collapse(src, n, 400);
                        break;
                    default:
                        if (n.Attr("itemprop") is "datePublished")
                        {
                            // Microdata puts the value in content/datetime, or just writes it as the element's text.
                            var ip = n.Attr("content") ?? n.Attr("datetime") ?? HtmlText.Collapse(src, n, 100);
                            if (ip.Length > 0) meta.TryAdd("datepublished", ip);
                        }

                        // hAtom microformat: <abbr class="published" title="2013-04-04T18:52:11+00:00">.
                        if (n.Attr("title") is { Length: >= 10 } tt && char.IsAsciiDigit(tt[0]) && n.Attr("class") is { } hc
                            && (hc.Contains("published", StringComparison.Ordinal) || hc.Contains("updated", StringComparison.Ordinal)))
                            times.Add((n, tt));
                        if (n.Attr("rel") is "author" || (n.Attributes is not null && BylineClass(n)))
                            if (bylines.Count < 4) bylines.Add(HtmlText.Collapse(src, n, 200));
                        if (copyright is null && n.Name is "footer" or "div" or "p" or "small" or "span" && n.Children is { Count: > 0 })
                            copyright = CopyrightOf(src, n);
                        break;
                }
            }

            var article = jsonLd.FirstOrDefault(IsArticle);
            var metadata = new SourceMetadata();

            // Title
            string? title = null;
            if (meta.TryGetValue("og:title", out var ogt)) { title = ogt; signals["title"] = "meta:og:title"; }
            else if (Str(article, "headline") is { } hl) { title = hl; signals["title"] = "json-ld"; }
            else if (!string.IsNullOrWhiteSpace(titleTag)) { title = titleTag; signals["title"] = "title-element"; }
            else if (!string.IsNullOrWhiteSpace(h1)) { title = h1; signals["title"] = "h1"; }

            // Outlet
            string? outlet = null;
            if (meta.TryGetValue("og:site_name", out var site)) { outlet = site; signals["outlet"] = "meta:og:site_name"; }
            else if (Publisher(jsonLd) is { } pub) { outlet = pub; signals["outlet"] = "json-ld"; }
            else if (meta.TryGetValue("application-name", out var app)) { outlet = app; signals["outlet"] = "meta:application-name"; }
            else if (copyright is not null) { outlet = copyright; signals["outlet"] = "copyright-line"; }

            // Authors
            var authors = JsonAuthors(article);
            if (authors.Count > 0) signals["authors"] = "json-ld";
            else
            {
                foreach (var k in AuthorMeta)
                {
                    if (meta.TryGetValue(k, out var a) && !a.StartsWith("http", StringComparison.OrdinalIgnoreCase))
                    {
                        authors = SplitAuthors(a);
                        if (authors.Count > 0) { signals["authors"] = "meta:" + k; break; }
                    }
                }

                if (authors.Count == 0)
                {
                    foreach (var b in bylines)
                    {
                        authors = SplitAuthors(b);
                        if (authors.Count > 0) { signals["authors"] = "byline"; break; }
                    }
                }
            }

            // Dates
            var published = PublishedDate.Unknown;
            string? publishedRaw = null;
            if (Str(article, "datePublished") is { } jp && DateParsing.Metadata(jp) is { } jpd) (published, publishedRaw) = (new(jpd, DateMethod.Metadata, "json-ld"), jp);
            else if (FirstMeta(meta, PublishedMeta) is { } mp) (published, publishedRaw) = (new(mp.Value, DateMethod.Metadata, "meta:" + mp.Key), meta[mp.Key]);
            else if (TimeDate(times, containers) is { } td) (published, publishedRaw) = (new(td.Date, DateMethod.Metadata, "time-element"), td.Raw);
            else if (ScriptDate(src) is { } sd) published = new(sd, DateMethod.Metadata, "script-json");
            else if (DateParsing.FromUrl(url ?? canonical) is { } ud) published = new(ud, DateMethod.Metadata, "url");
            else if (TextDate(src, containers, doc) is { } xd) published = new(xd, DateMethod.Text, "text");

            var modified = PublishedDate.Unknown;
            if (Str(article, "dateModified") is { } jm && DateParsing.Metadata(jm) is { } jmd) modified = new(jmd, DateMethod.Metadata, "json-ld");
            else if (FirstMeta(meta, ModifiedMeta) is { } mm) modified = new(mm.Value, DateMethod.Metadata, "meta:" + mm.Key);
            if (modified.Signal is not null) signals["modified"] = modified.Signal;

            // Last resorts, flagged as text-grade: a page that says only when it was changed was published no later
            // than that; failing everything, the date the page's visible text repeats most.
            if (published.Value is null && modified.Value is { } mv) published = new(mv, DateMethod.Text, "modified");
            else if (published.Value is null && HeadTextDate(meta, titleTag) is { } hd) published = new(hd, DateMethod.Text, "head-text");
            else if (published.Value is null && PageTextDate(src, doc.Root) is { } pd) published = new(pd, DateMethod.Text, "page-text");
            // A full date in the article's URL is fixed when the article is first published; metadata weeks or
            // years away from it is a re-publication or modification stamp (dev split: 2 of 2 such pages; within
            // a week the metadata wins, as URL dates are written in the server's zone).
            if (published is { Value: { } metaDay, Method: DateMethod.Metadata } && published.Signal != "url"
                && DateParsing.FromUrl(url ?? canonical) is { IsDay: true } urlDay && metaDay.IsDay
                && Math.Abs(urlDay.AsDay!.Value.DayNumber - metaDay.AsDay!.Value.DayNumber) > 7)
            {
                (published, publishedRaw) = (new(urlDay, DateMethod.Metadata, "url"), null);
            }

            if (publishedRaw is not null && published.Value is { } pv && SiteTimeZone.OffsetOf(publishedRaw) == 0)
            {
                var zone = SiteTimeZone.Guess(SiteTimeZone.StampsIn(src), LanguageValue(meta, lang, article), url ?? canonical);
                var local = SiteTimeZone.Localize(publishedRaw, pv, zone);

                // The day the page shows its readers settles it: a CMS set to UTC displays the UTC day.
                if (local != pv && VisibleDates(src, doc, times).Contains(pv) && !VisibleDates(src, doc, times).Contains(local)) local = pv;
                published = published with { Value = local };
            }

            // The day shown beside the headline is the one readers (and annotators) see; a machine stamp a few
            // days off it is a re-indexing, time-zone or update artefact, and a page that prints its later
            // modification day there presents itself as of that day (dev split: +4 pages, 0 lost).
            if (published is { Value: { IsDay: true } md, Method: DateMethod.Metadata } && published.Signal != "url"
                && ShownDate(src, doc, containers) is { IsDay: true } shown
                && shown != md && (Math.Abs(shown.AsDay!.Value.DayNumber - md.AsDay!.Value.DayNumber) <= ShownDateWindowDays || (shown == modified.Value && shown.CompareTo(md) > 0)))
            {
                published = new(shown, DateMethod.Metadata, published.Signal + "+shown");
            }

            if (published.Signal is not null) signals["published"] = published.Signal;

            // Canonical URL and language
            string? canonicalUrl = null;
            if (IsAbsolute(canonical)) { canonicalUrl = canonical; signals["url"] = "link:canonical"; }
            else if (meta.TryGetValue("og:url", out var ogu) && IsAbsolute(ogu)) { canonicalUrl = ogu; signals["url"] = "meta:og:url"; }
            else if (url is not null) { canonicalUrl = url; signals["url"] = "source"; }

            string language = "en";
            var langValue = LanguageValue(meta, lang, article);
            if (langValue is { Length: >= 2 } && char.IsAsciiLetter(langValue[0]) && char.IsAsciiLetter(langValue[1]))
            {
                language = langValue[..2].ToLowerInvariant();
                signals["language"] = lang is not null ? "html-lang" : "meta";
            }

            return metadata with
            {
                Title = Clean(title),
                Outlet = Clean(outlet),
                Url = canonicalUrl,
                Language = language,
                Authors = [.. authors],
                Published = published,
                Modified = modified,
                Signals = signals.ToImmutable(),
            };
        }
        finally
        {
            foreach (var d in docs) d.Dispose();
        }
    }

    /// <summary>Dates written in the visible text of &lt;time&gt; elements and date-classed elements.</summary>
    private static HashSet<DateValue> VisibleDates(string src, HtmlDocument doc, List<(HtmlNode Node, string Value)> times)
    {
        var result = new HashSet<DateValue>();
        foreach (var (n, _) in times)
        {
            if (DateParsing.FirstInText(HtmlText.Collapse(src, n, 100)) is { } d) result.Add(d);
        }

        int seen = 0;
        foreach (var n in doc.Root.Descendants())
        {
            if (n.IsText || n.Attributes is null || n.Name is "script" or "meta") continue;
            var ci = BoilerplateRules.ClassAndId(n);
            if (!ci.Contains("date", StringComparison.OrdinalIgnoreCase) && !ci.Contains("datum", StringComparison.OrdinalIgnoreCase)) continue;
            if (DateParsing.FirstInText(HtmlText.Collapse(src, n, 200)) is { } d) result.Add(d);
            if (++seen >= 20) break;
        }

        return result;
    }

    private static string? LanguageValue(Dictionary<string, string> meta, string? htmlLang, JsonElement article) =>
        htmlLang ?? (meta.TryGetValue("content-language", out var cl) ? cl : null)
        ?? (meta.TryGetValue("og:locale", out var loc) ? loc : null) ?? Str(article, "inLanguage");

    private static bool BylineClass(HtmlNode n)
    {
        var ci = BoilerplateRules.ClassAndId(n);
        return ci.Contains("byline", StringComparison.OrdinalIgnoreCase) || ci.Contains("author-name", StringComparison.OrdinalIgnoreCase)
            || n.Attr("itemprop") == "author";
    }

    private static string? CopyrightOf(string src, HtmlNode n)
    {
        foreach (var c in n.Children!)
        {
            if (!c.IsText) continue;
            var span = src.AsSpan(c.RawStart, Math.Min(200, c.RawEnd - c.RawStart));
            if (span.IndexOf('©') < 0 && !span.Contains("&copy;", StringComparison.Ordinal) && !span.Contains("Copyright", StringComparison.Ordinal)) continue;
            var m = CopyrightLine().Match(HtmlText.Collapse(src, n, 300));
            if (m.Success) return m.Groups[1].Value.Trim();
        }

        return null;
    }

    private static JsonDocument? TryParse(string json)
    {
        try
        {
            return JsonDocument.Parse(json.Trim(), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
        }
        catch (JsonException)
        {
            return null;   // a broken JSON-LD block is common and harmless: other signals remain
        }
    }

    private static void Flatten(JsonElement e, List<JsonElement> into, int depth)
    {
        if (depth > 4) return;
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var x in e.EnumerateArray()) Flatten(x, into, depth + 1);
        }
        else if (e.ValueKind == JsonValueKind.Object)
        {
            into.Add(e);
            if (e.TryGetProperty("@graph", out var g)) Flatten(g, into, depth + 1);
            if (e.TryGetProperty("mainEntity", out var me)) Flatten(me, into, depth + 1);
        }
    }

    private static bool IsArticle(JsonElement e)
    {
        if (!e.TryGetProperty("@type", out var t)) return false;
        static bool Match(string? s) => s is not null && (s.EndsWith("Article", StringComparison.Ordinal) || s is "BlogPosting" or "Report" or "LiveBlogPosting" or "WebPage" or "Posting");
        return t.ValueKind == JsonValueKind.String ? Match(t.GetString())
            : t.ValueKind == JsonValueKind.Array && t.EnumerateArray().Any(x => x.ValueKind == JsonValueKind.String && Match(x.GetString()));
    }

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString() : null;

    private static string? Publisher(List<JsonElement> all)
    {
        foreach (var e in all)
        {
            if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty("publisher", out var p))
            {
                if (p.ValueKind == JsonValueKind.Object && Str(p, "name") is { Length: > 0 } n) return n;
                if (p.ValueKind == JsonValueKind.String) return p.GetString();
            }
        }

        return null;
    }

    private static List<string> JsonAuthors(JsonElement article)
    {
        var result = new List<string>();
        if (article.ValueKind != JsonValueKind.Object || !article.TryGetProperty("author", out var a)) return result;
        void Add(JsonElement x)
        {
            var name = x.ValueKind == JsonValueKind.String ? x.GetString() : Str(x, "name");
            if (name is not null) result.AddRange(SplitAuthors(name));
        }

        if (a.ValueKind == JsonValueKind.Array)
        {
            foreach (var x in a.EnumerateArray()) Add(x);
        }
        else
        {
            Add(a);
        }

        return result.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Names from a byline, without "By", roles, dates or agency boilerplate ("By Staff | Updated").</summary>
    internal static List<string> SplitAuthors(string raw)
    {
        var result = new List<string>();
        var s = HtmlText.Normalize(raw);
        int bar = s.IndexOfAny(['|', '•', '·']);
        if (bar >= 0) s = s[..bar];
        s = ByPrefix().Replace(s.Trim(), "");
        foreach (var part in s.Split([",", " and ", " und ", " & ", ";", " et "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var p = part.Trim(' ', '.', ':');
            if (p.Length is < 3 or > 60 || p.Any(char.IsDigit) || p.StartsWith("http", StringComparison.OrdinalIgnoreCase)) continue;
            var lower = p.ToLowerInvariant();
            if (lower is "staff" or "admin" or "editor" or "redaktion" or "updated" or "published" or "the associated press"
                || lower.Contains("staff", StringComparison.Ordinal) || lower.StartsWith("updated", StringComparison.Ordinal)) continue;
            var words = p.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 5 || !char.IsUpper(words[0][0])) continue;
            result.Add(p);
        }

        return result;
    }

    private static KeyValuePair<string, DateValue>? FirstMeta(Dictionary<string, string> meta, string[] keys)
    {
        foreach (var k in keys)
        {
            if (meta.TryGetValue(k, out var v) && DateParsing.Metadata(v) is { } d) return new(k, d);
        }

        return null;
    }

    [GeneratedRegex(@"[""'](?:datePublished|published_at|publishedAt|date_published|publishDate|publishedDate|pubDate|firstPublished|uploadDate|dateCreated|createdAt)[""']\s*:\s*[""'](\d{4}-\d{2}-\d{2})")]
    private static partial Regex ScriptDateField();

    /// <summary>
    /// A publication date in any script data on the page (JSON-LD that failed to parse, framework state such as
    /// "published_at"): still the publisher's own machine-readable value, so it ranks above URL and text.
    /// </summary>
    private static DateValue? ScriptDate(string src)
    {
        var m = ScriptDateField().Match(src);
        return m.Success ? DateParsing.Metadata(m.Groups[1].Value) : null;
    }

    private static (DateValue Date, string Raw)? TimeDate(List<(HtmlNode Node, string Value)> times, IReadOnlyList<HtmlNode> containers)
    {
        // Prefer a <time> marked as publication, then one near the article, then the first on the page.
        foreach (var (n, v) in times)
        {
            if ((n.Attr("itemprop") == "datePublished" || n.Attr("pubdate") is not null
                 || (n.Attr("class")?.Contains("publish", StringComparison.OrdinalIgnoreCase) ?? false)) && DateParsing.Metadata(v) is { } d) return (d, v);
        }

        foreach (var (n, v) in times)
        {
            if (n.IsInside("article") && DateParsing.Metadata(v) is { } d) return (d, v);
        }

        return times.Count > 0 && DateParsing.Metadata(times[0].Value) is { } first ? (first, times[0].Value) : null;
    }

    private static DateValue? TextDate(string src, IReadOnlyList<HtmlNode> containers, HtmlDocument doc)
    {
        // Date-like classes (post-date, entry-meta, datum...) around the article first, then the start of the
        // article text, then date-like classes elsewhere that are not inside links, comments or teaser lists
        // (an edition date in the masthead, a news ticker, a comment's timestamp are other dates).
        var dated = new List<HtmlNode>();
        foreach (var n in doc.Root.Descendants())
        {
            if (n.IsText || n.Attributes is null || n.Name is "script" or "style") continue;
            var ci = BoilerplateRules.ClassAndId(n);
            if (ci.Contains("date", StringComparison.OrdinalIgnoreCase) || ci.Contains("datum", StringComparison.OrdinalIgnoreCase)
                || ci.Contains("posted", StringComparison.OrdinalIgnoreCase) || ci.Contains("meta", StringComparison.OrdinalIgnoreCase)
                || ci.Contains("time", StringComparison.OrdinalIgnoreCase))
            {
                dated.Add(n);
            }
        }

        foreach (var n in dated)
        {
            if (NearArticle(n, containers) && !InDateFurniture(n) && DateParsing.FirstInText(HtmlText.Collapse(src, n, 300)) is { } d) return d;
        }

        foreach (var c in containers)
        {
            if (DateParsing.FirstInText(HtmlText.Collapse(src, c, 2000)) is { } d) return d;
        }

        foreach (var n in dated)
        {
            if (!InDateFurniture(n) && DateParsing.FirstInText(HtmlText.Collapse(src, n, 300)) is { } d) return d;
        }

        return null;
    }

    // Dev split (trafilatura eval, 727 dated pages): a window of 1 day gave 643 right, 3 days 642, 7 and 31 days 648.
    private const int ShownDateWindowDays = 7;

    [GeneratedRegex(@"date|datum|\bstand\b|posted|time|meta", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateClass();

    /// <summary>The first date written in a &lt;time&gt; or date-classed element in or beside the article.</summary>
    private static DateValue? ShownDate(string src, HtmlDocument doc, IReadOnlyList<HtmlNode> containers)
    {
        // The article's headline: the first <h1> inside the article, else the last one before it (a logo is often
        // an <h1> at the top of the page).
        HtmlNode? headline = null;
        int articleStart = containers.Count > 0 ? containers[0].RawStart : int.MaxValue;
        int articleEnd = containers.Count > 0 ? containers[^1].RawEnd : int.MaxValue;
        foreach (var n in doc.Root.Descendants())
        {
            if (n.Name != "h1") continue;
            if (n.RawStart >= articleEnd) break;
            headline = n;
            if (n.RawStart >= articleStart) break;
        }

        DateValue? best = null;
        int bestDistance = int.MaxValue;

        // Around the headline, a date line needs no date-ish class ("04.02.2022 | 15:33 Uhr" in an author block).
        var headerScope = headline?.Parent?.Parent ?? headline?.Parent;
        if (headerScope?.Name is "body" or "html" or "#root") headerScope = headline!.Parent;
        if (headerScope?.Name is "body" or "html" or "#root") headerScope = null;
        foreach (var n in doc.Root.Descendants())
        {
            if (n.IsText || n.Name is "script" or "style" or "meta" or "head") continue;
            var ci = n.Attributes is null ? "" : BoilerplateRules.ClassAndId(n);
            bool byHeadline = headerScope is not null && DirectDate(src, n) && IsWithin(n, headerScope);
            if (n.Name != "time" && !DateClass().IsMatch(ci) && !byHeadline) continue;
            if (UpdateClass().IsMatch(ci) || !BesideArticle(n, containers, headline) || InDateFurniture(n)) continue;
            if (DateParsing.FirstInText(HtmlText.Collapse(src, n, 200)) is not { } d) continue;
            if (headline is null) return d;

            // The date printed closest to the headline, not the first on the page.
            int distance = Math.Abs(n.RawStart - headline.RawStart);
            if (distance < bestDistance) (best, bestDistance) = (d, distance);
        }

        return best;
    }

    // A short text run directly inside the element that holds a date.
    private static bool DirectDate(string src, HtmlNode n)
    {
        if (n.Children is null) return false;
        foreach (var c in n.Children)
        {
            if (c.IsText && c.RawEnd - c.RawStart is > 5 and < 120
                && DateParsing.FirstInText(HtmlEntities.Decode(src.Substring(c.RawStart, c.RawEnd - c.RawStart))) is not null) return true;
        }

        return false;
    }

    private static bool IsWithin(HtmlNode n, HtmlNode scope)
    {
        for (var a = n; a is not null; a = a.Parent)
        {
            if (ReferenceEquals(a, scope)) return true;
        }

        return false;
    }

    [GeneratedRegex(@"updated|modified|aktualisiert|last-?edit|menu|top-?bar|data_time", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UpdateClass();

    // Inside the article container, or in the block around the article's headline (the article header beside
    // the body) — not the page masthead, where many sites print today's date.
    private static bool BesideArticle(HtmlNode n, IReadOnlyList<HtmlNode> containers, HtmlNode? headline)
    {
        var headerScope = headline?.Parent?.Parent ?? headline?.Parent;
        if (headerScope?.Name is "body" or "html" or "#root") headerScope = headline!.Parent;
        for (var a = n; a is not null; a = a.Parent)
        {
            if (headerScope is not null && headerScope.Name is not ("body" or "html" or "#root") && ReferenceEquals(a, headerScope)) return true;
            foreach (var c in containers)
            {
                if (ReferenceEquals(a, c)) return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"comment|related|sidebar|ticker", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateFurniture();

    private static bool InDateFurniture(HtmlNode n)
    {
        // Only the nearby wrappers: on broken markup a far ancestor can be a sidebar that swallowed the page.
        int level = 0;
        for (var p = n; p is not null && level < 6; p = p.Parent, level++)
        {
            if (p.Attributes is not null && DateFurniture().IsMatch(BoilerplateRules.ClassAndId(p))) return true;
        }

        return false;
    }

    // Inside the article container or in the block that holds it (the article header beside the body).
    private static bool NearArticle(HtmlNode n, IReadOnlyList<HtmlNode> containers)
    {
        foreach (var c in containers)
        {
            var scope = c.Parent?.Parent ?? c.Parent ?? c;
            if (scope.Name is "body" or "html" or "#root") scope = c.Parent is { Name: not ("body" or "html" or "#root") } p ? p : c;
            for (var a = n; a is not null; a = a.Parent)
            {
                if (ReferenceEquals(a, scope)) return true;
            }
        }

        return false;
    }

    // The page's own summary of itself ("Notizia del 14 Gennaio 2020", "Fachmeldung vom 18.10.2021").
    private static DateValue? HeadTextDate(Dictionary<string, string> meta, string? title)
    {
        foreach (var key in (string[])["og:title", "description", "og:description"])
        {
            if (meta.TryGetValue(key, out var v) && DateParsing.FirstInText(HtmlEntities.Decode(v)) is { IsDay: true } d) return d;
        }

        return title is not null ? DateParsing.FirstInText(title) : null;
    }

    private static DateValue? PageTextDate(string src, HtmlNode root)
    {
        var counts = new Dictionary<DateValue, int>();
        DateValue? best = null;
        foreach (var d in DateParsing.AllInText(HtmlText.Collapse(src, root, 200_000)))
        {
            counts[d] = counts.GetValueOrDefault(d) + 1;
            if (best is null || counts[d] > counts[best.Value] || (counts[d] == counts[best.Value] && d.CompareTo(best.Value) > 0)) best = d;
        }

        return best;
    }

    private static bool IsAbsolute(string? u) => u is not null && Uri.TryCreate(u, UriKind.Absolute, out var x) && (x.Scheme == "http" || x.Scheme == "https");

    private static string? Clean(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        var t = HtmlText.Normalize(HtmlEntities.Decode(s));
        return t.Length == 0 ? null : t;
    }
}
