using System.Collections.Immutable;
using System.Xml;
using System.Xml.Linq;
using Corroborate.Analysis.Ingest.Web.Html;
using Corroborate.Diagnostics;
using Corroborate.Model;

namespace Corroborate.Analysis.Ingest.Web.Feeds;

/// <summary>
/// RSS 2.0 and Atom feeds: one document per item. Full content (content:encoded, Atom content) is extracted as
/// an HTML fragment; an item with only a summary still yields a document, with an info diagnostic saying so.
/// XML is read with DTDs ignored and no resolver, so entity-expansion and external-entity tricks do nothing.
/// </summary>
public sealed class FeedReader(WebInputLimits? limits = null) : IFormatReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    /// <summary>Item text (characters) below which content is treated as a summary (teasers run 1–3 sentences).</summary>
    private const int SummaryChars = 400;

    private readonly WebInputLimits _limits = limits ?? WebInputLimits.Default;

    public string Name => "rss";

    /// <summary>A page or feed may be as large as the decompressed-input limit (a 50 MB page stays whole).</summary>
    public long MaxInputBytes => _limits.MaxDecompressedBytes;

    public bool CanRead(string source, ReadOnlySpan<byte> head)
    {
        var ext = WebSniff.Extension(source);
        if (ext is ".rss" or ".atom") return true;
        var t = WebSniff.HeadText(head);
        return t.StartsWith('<') && (t.Contains("<rss", StringComparison.Ordinal) || t.Contains("<feed", StringComparison.Ordinal)
            || t.Contains("<rdf:RDF", StringComparison.Ordinal));
    }

    public IEnumerable<Document> Read(string source, byte[] bytes, CancellationToken cancellationToken)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        if (WebDecoding.IsGzip(bytes)) bytes = WebDecoding.Gunzip(bytes, _limits.MaxDecompressedBytes, diagnostics);
        var (root, error) = Load(bytes);
        if (root is null)
        {
            yield return Rejected(source, Codes.MalformedFeed, $"Not a readable RSS or Atom feed: {error}");
            yield break;
        }

        bool atom = root.Name == Atom + "feed";
        var channel = atom ? root : root.Element("channel") ?? root;
        string? outlet = Text(channel.Element(atom ? Atom + "title" : "title"));
        var items = atom ? root.Elements(Atom + "entry") : channel.Elements("item").Concat(root.Elements("item"));
        int count = 0;
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            count++;
            yield return atom ? AtomEntry(source, item, outlet) : RssItem(source, item, outlet);
        }

        if (count == 0) yield return Rejected(source, Codes.MalformedFeed, "The feed has no items.");
    }

    private static (XElement? Root, string? Error) Load(byte[] bytes)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
        };
        try
        {
            using var ms = new MemoryStream(bytes, writable: false);
            using var reader = XmlReader.Create(ms, settings);
            return (XDocument.Load(reader).Root, null);
        }
        catch (XmlException ex)
        {
            return (null, ex.Message);
        }
    }

    private Document RssItem(string source, XElement item, string? outlet)
    {
        var title = Text(item.Element("title"));
        var link = Text(item.Element("link")) ?? Text(item.Element("guid"));
        var date = Text(item.Element("pubDate")) ?? Text(item.Element(Dc + "date"));
        var author = Text(item.Element(Dc + "creator")) ?? Text(item.Element("author"));
        var full = Text(item.Element(Content + "encoded"));
        var summary = Text(item.Element("description"));
        return Build(source, title, link, date, author, ItemOutlet(Text(item.Element("source")), outlet), full, summary);
    }

    private Document AtomEntry(string source, XElement entry, string? outlet)
    {
        var title = Text(entry.Element(Atom + "title"));
        var link = entry.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate")?.Attribute("href")?.Value;
        var date = Text(entry.Element(Atom + "published")) ?? Text(entry.Element(Atom + "updated"));
        var author = Text(entry.Element(Atom + "author")?.Element(Atom + "name"));
        var content = entry.Element(Atom + "content");
        string? full = content is null ? null
            : (string?)content.Attribute("type") == "xhtml" ? string.Concat(content.Nodes().Select(n => n.ToString()))
            : content.Value;
        var summary = Text(entry.Element(Atom + "summary"));
        return Build(source, title, link, date, author, ItemOutlet(Text(entry.Element(Atom + "source")?.Element(Atom + "title")), outlet), full, summary);
    }

    /// <summary>
    /// An aggregator's feed (news search, a press digest) names each item's own outlet in the item's source
    /// element; that outlet, not the aggregator, published the report, and copies and claimants are counted by it.
    /// </summary>
    private static (string? Name, string Signal) ItemOutlet(string? itemSource, string? channel) =>
        itemSource is not null ? (itemSource, "feed-item-source") : (channel, "feed");

    private Document Build(string source, string? title, string? link, string? date, string? author, (string? Name, string Signal) outlet, string? full, string? summary)
    {
        var itemSource = link ?? source;
        var html = !string.IsNullOrWhiteSpace(full) ? full : summary ?? "";
        var doc = HtmlExtractor.ExtractFragment(itemSource, html, link, _limits);
        var published = DateParsing.Metadata(date) is { } d ? new PublishedDate(d, DateMethod.Metadata, "feed") : doc.Metadata.Published;
        var signals = doc.Metadata.Signals.SetItem("title", "feed").SetItem("published", published.Signal ?? "none");
        var md = doc.Metadata with
        {
            Title = title ?? doc.Metadata.Title,
            Url = link ?? doc.Metadata.Url,
            Outlet = outlet.Name ?? doc.Metadata.Outlet,
            Authors = author is null ? doc.Metadata.Authors : [.. MetadataExtractor.SplitAuthors(author)],
            Published = published,
            Signals = outlet.Name is null ? signals : signals.SetItem("outlet", outlet.Signal),
        };
        doc = doc with { Metadata = md, Diagnostics = doc.Diagnostics.RemoveAll(x => x.Code == Codes.NoMainContent) };
        if (string.IsNullOrWhiteSpace(full) || doc.Text.Length < SummaryChars)
        {
            doc = doc.WithDiagnostic(Diagnostic.Info(Codes.FeedItemSummaryOnly,
                "The feed item carries only a summary; fetch the linked page for the full article."));
        }

        if (doc.Text.Length == 0) doc = doc.WithDiagnostic(Diagnostic.Error(Codes.EmptyInput, "The feed item has no text."));
        return doc;
    }

    private static string? Text(XElement? e) => e is null || string.IsNullOrWhiteSpace(e.Value) ? null : e.Value.Trim();

    internal static Document Rejected(string source, string code, string message) =>
        new() { Id = "", Source = source, Raw = "", Text = "", Diagnostics = [Diagnostic.Error(code, message)] };
}
