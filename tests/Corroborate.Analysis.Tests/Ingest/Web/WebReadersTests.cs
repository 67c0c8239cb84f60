using System.Text;
using Corroborate.Analysis.Ingest.Web;
using Corroborate.Analysis.Ingest.Web.Feeds;
using Corroborate.Analysis.Ingest.Web.Warc;
using Corroborate.Diagnostics;
using Corroborate.Model;

namespace Corroborate.Analysis.Tests.Ingest.Web;

public sealed class WebReadersTests
{
    private static readonly string LongBody = $"<p>{WebFixtures.Lead}</p><p>{WebFixtures.Second}</p><p>{WebFixtures.Third}</p><p>{WebFixtures.Lead}</p>";

    private static string Rss => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel><title>Valley Gazette</title>
        <item><title>Barrier approved</title><link>https://gazette.example/a</link><pubDate>Tue, 09 Mar 2021 08:15:00 +0000</pubDate>
          <dc:creator>Maria Keller</dc:creator><description>Short teaser.</description>
          <content:encoded><![CDATA[{LongBody}<figure><figcaption>The site. Photo: Ann Lee</figcaption></figure>]]></content:encoded></item>
        <item><title>Bridge closed</title><link>https://gazette.example/b</link><pubDate>Wed, 10 Mar 2021 09:00:00 +0000</pubDate>
          <description>The bridge is closed after the storm.</description></item>
        </channel></rss>
        """;

    [Fact]
    public void FeedReader_YieldsOneDocumentPerRssItem()
    {
        var docs = new FeedReader().Read("feed.rss", Encoding.UTF8.GetBytes(Rss), CancellationToken.None).ToList();
        Assert.Equal(2, docs.Count);
        Assert.Contains(WebFixtures.Lead, docs[0].Text, StringComparison.Ordinal);
        Assert.Equal("Barrier approved", docs[0].Metadata.Title);
        Assert.Equal("Valley Gazette", docs[0].Metadata.Outlet);
        Assert.Equal(new DateValue(2021, 3, 9), docs[0].Metadata.Published.Value);
        Assert.Equal(["Maria Keller"], docs[0].Metadata.Authors);
        Assert.Contains(docs[0].Removed, r => r.Kind == RemovalKind.Caption);
    }

    [Fact]
    public void FeedReader_TakesAnAggregatorItemsOutletFromItsSource()
    {
        var rss = """
            <rss version="2.0"><channel><title>Regional digest</title>
            <item><title>Ferry fares frozen</title><description>The harbour board froze ferry fares.</description>
              <source url="https://coastpost.example/rss">The Coast Post</source></item>
            <item><title>Hail hits Dunmere</title><description>Hail fell on Dunmere.</description></item>
            </channel></rss>
            """;
        var atom = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Regional digest</title>
            <entry><title>Port expands</title><summary>The port will add two berths.</summary>
              <source><title>Harbour Times</title></source></entry></feed>
            """;
        var items = new FeedReader().Read("digest.rss", Encoding.UTF8.GetBytes(rss), CancellationToken.None).ToList();
        Assert.Equal(["The Coast Post", "Regional digest"], items.Select(d => d.Metadata.Outlet));
        Assert.Equal("feed-item-source", items[0].Metadata.Signals["outlet"]);
        Assert.Equal("feed", items[1].Metadata.Signals["outlet"]);
        var entry = Assert.Single(new FeedReader().Read("digest.atom", Encoding.UTF8.GetBytes(atom), CancellationToken.None));
        Assert.Equal("Harbour Times", entry.Metadata.Outlet);
    }

    [Fact]
    public void FeedReader_MarksSummaryOnlyItemsWithInfo()
    {
        var docs = new FeedReader().Read("feed.rss", Encoding.UTF8.GetBytes(Rss), CancellationToken.None).ToList();
        Assert.Equal("The bridge is closed after the storm.", docs[1].Text);
        Assert.Contains(docs[1].Diagnostics, d => d.Code == Codes.FeedItemSummaryOnly && d.Severity == Severity.Info);
        Assert.DoesNotContain(docs[0].Diagnostics, d => d.Code == Codes.FeedItemSummaryOnly);
    }

    [Fact]
    public void FeedReader_ReadsAtomEntries()
    {
        var atom = $"""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Times</title>
            <entry><title>Port expands</title><link rel="alternate" href="https://harbour.example/p"/>
            <published>2022-06-01T10:00:00Z</published><author><name>Li Wei</name></author>
            <content type="html">{System.Security.SecurityElement.Escape(LongBody)}</content></entry></feed>
            """;
        var doc = Assert.Single(new FeedReader().Read("x.atom", Encoding.UTF8.GetBytes(atom), CancellationToken.None));
        Assert.Contains(WebFixtures.Second, doc.Text, StringComparison.Ordinal);
        Assert.Equal("https://harbour.example/p", doc.Metadata.Url);
        Assert.Equal(new DateValue(2022, 6, 1), doc.Metadata.Published.Value);
    }

    [Fact]
    public void FeedReader_RejectsMalformedXmlWithDiagnostic()
    {
        var doc = Assert.Single(new FeedReader().Read("bad.rss", "<rss><channel><item>"u8.ToArray(), CancellationToken.None));
        Assert.True(doc.IsRejected);
        Assert.Equal(Codes.MalformedFeed, doc.Diagnostics[0].Code);
    }

    [Fact]
    public void FeedReader_IgnoresEntityExpansion()
    {
        var xml = """<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rss><channel><item><title>&b;</title><description>x</description></item></channel></rss>""";
        var docs = new FeedReader().Read("bomb.rss", Encoding.UTF8.GetBytes(xml), CancellationToken.None).ToList();
        Assert.NotEmpty(docs);
    }

    [Fact]
    public void JsonLinesReader_ReadsTextAndHtmlLinesAndRejectsBadOnes()
    {
        var jsonl = string.Join("\n",
            """{"id":"1","url":"https://a.example/x","title":"T1","published":"2021-03-09","outlet":"A News","text":"Plain article text."}""",
            "{not json",
            System.Text.Json.JsonSerializer.Serialize(new { title = "T2", html = LongBody }),
            """{"title":"no body"}""");
        var docs = new JsonLinesReader().Read("in.jsonl", Encoding.UTF8.GetBytes(jsonl), CancellationToken.None).ToList();
        Assert.Equal(4, docs.Count);
        Assert.Equal("Plain article text.", docs[0].Text);
        Assert.Equal("A News", docs[0].Metadata.Outlet);
        Assert.Equal(new DateValue(2021, 3, 9), docs[0].Metadata.Published.Value);
        Assert.Equal(Codes.MalformedJsonLine, docs[1].Diagnostics.Single().Code);
        Assert.Contains(WebFixtures.Third, docs[2].Text, StringComparison.Ordinal);
        Assert.True(docs[3].IsRejected);
    }

    internal static byte[] WarcRecord(string type, string uri, byte[] payload)
    {
        var head = $"WARC/1.0\r\nWARC-Type: {type}\r\nWARC-Target-URI: {uri}\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {payload.Length}\r\n\r\n";
        return [.. Encoding.ASCII.GetBytes(head), .. payload, .. "\r\n\r\n"u8];
    }

    private static byte[] HttpResponse(string html, string charset = "utf-8") =>
        [.. Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset={charset}\r\n\r\n"), .. Encoding.UTF8.GetBytes(html)];

    [Fact]
    public void WarcReader_ReadsHtmlResponsesAndSkipsOtherRecords()
    {
        byte[] warc =
        [
            .. WarcRecord("warcinfo", "", "software: test\r\n"u8.ToArray()),
            .. WarcRecord("request", "https://gazette.example/a", "GET /a HTTP/1.1\r\n\r\n"u8.ToArray()),
            .. WarcRecord("response", "https://gazette.example/news/2021/03/09/a", HttpResponse(WebFixtures.NewsPage())),
            .. WarcRecord("response", "https://gazette.example/img.png", [.. "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n"u8, 1, 2, 3]),
        ];
        var doc = Assert.Single(new WarcReader().Read("crawl.warc", warc, CancellationToken.None));
        Assert.Contains(WebFixtures.Lead, doc.Text, StringComparison.Ordinal);
        Assert.Equal("https://gazette.example/news/2021/03/09/a", doc.Source);
    }

    [Fact]
    public void WarcReader_ReadsGzipMembersPerRecord()
    {
        var one = HtmlExtractorTests.Gzip(WarcRecord("response", "https://a.example/1", HttpResponse(WebFixtures.NewsPage())));
        var two = HtmlExtractorTests.Gzip(WarcRecord("response", "https://a.example/2", HttpResponse(WebFixtures.NewsPage())));
        var docs = new WarcReader().Read("crawl.warc.gz", [.. one, .. two], CancellationToken.None).ToList();
        Assert.Equal(2, docs.Count);
    }

    [Fact]
    public void WarcReader_StopsWithDiagnostic_WhenFramingIsLost()
    {
        byte[] warc = [.. WarcRecord("response", "https://a.example/1", HttpResponse(WebFixtures.NewsPage())), .. "garbage that is not a record\r\n"u8];
        var docs = new WarcReader().Read("crawl.warc", warc, CancellationToken.None).ToList();
        Assert.Equal(2, docs.Count);
        Assert.Equal(Codes.MalformedWarcRecord, docs[1].Diagnostics.Single().Code);
    }

    [Fact]
    public void WebReaders_RecogniseEachFormatFromNameOrHead()
    {
        IFormatReaderPick("a.warc.gz", [], "warc");
        IFormatReaderPick("x", "WARC/1.0\r\n"u8.ToArray(), "warc");
        IFormatReaderPick("x", "<?xml version=\"1.0\"?><rss version=\"2.0\">"u8.ToArray(), "rss");
        IFormatReaderPick("x", "{\"text\":\"a\"}\n"u8.ToArray(), "jsonl");
        IFormatReaderPick("x", "<!DOCTYPE html><html>"u8.ToArray(), "html");
    }

    private static void IFormatReaderPick(string source, byte[] head, string expected) =>
        Assert.Equal(expected, WebReaders.All.First(r => r.CanRead(source, head)).Name);
}
