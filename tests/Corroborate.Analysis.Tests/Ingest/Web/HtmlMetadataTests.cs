using Corroborate.Analysis.Ingest.Web.Html;
using Corroborate.Model;

namespace Corroborate.Analysis.Tests.Ingest.Web;

public sealed class HtmlMetadataTests
{
    private static SourceMetadata Meta(string extraHead = "", string extraArticle = "", string? url = null) =>
        HtmlExtractor.Extract("page.html", WebFixtures.NewsPage(extraHead, extraArticle), url).Metadata;

    private const string JsonLd = """
        <script type="application/ld+json">
        {"@context":"https://schema.org","@type":"NewsArticle","headline":"Flood barrier approved",
         "datePublished":"2021-03-09T08:15:00+01:00","dateModified":"2021-03-10T12:00:00+01:00",
         "author":[{"@type":"Person","name":"Maria Keller"},{"@type":"Person","name":"Tom Brandt"}],
         "publisher":{"@type":"Organization","name":"Valley Gazette Group"}}
        </script>
        """;

    [Fact]
    public void Published_ComesFromJsonLd_WhenPresent()
    {
        var m = Meta(JsonLd);
        Assert.Equal(new DateValue(2021, 3, 9), m.Published.Value);
        Assert.Equal(DateMethod.Metadata, m.Published.Method);
        Assert.Equal("json-ld", m.Published.Signal);
        Assert.Equal("json-ld", m.Signals["published"]);
    }

    [Fact]
    public void Modified_ComesFromJsonLd()
    {
        Assert.Equal(new DateValue(2021, 3, 10), Meta(JsonLd).Modified.Value);
    }

    [Fact]
    public void Authors_ComeFromJsonLd()
    {
        Assert.Equal(["Maria Keller", "Tom Brandt"], Meta(JsonLd).Authors);
    }

    [Fact]
    public void Published_ComesFromMetaTag_WhenNoJsonLd()
    {
        var m = Meta("""<meta property="article:published_time" content="2021-03-08T10:00:00Z">""");
        Assert.Equal(new DateValue(2021, 3, 8), m.Published.Value);
        Assert.Equal("meta:article:published_time", m.Published.Signal);
    }

    [Fact]
    public void Published_ComesFromTimeElement_WhenNoMetadata()
    {
        var m = Meta(extraArticle: """<time datetime="2021-03-08">8 March</time>""");
        Assert.Equal(new DateValue(2021, 3, 8), m.Published.Value);
        Assert.Equal("time-element", m.Published.Signal);
    }

    [Fact]
    public void Published_ComesFromUrl_WhenPageHasNoDateMarkup()
    {
        var m = Meta();
        Assert.Equal(new DateValue(2021, 3, 9), m.Published.Value);
        Assert.Equal("url", m.Published.Signal);
    }

    [Fact]
    public void Published_ComesFromVisibleText_AsLastResort()
    {
        var html = "<html><body><article><div class=\"post-date\">Posted 12. März 2018</div><p>" + WebFixtures.Lead + "</p></article></body></html>";
        var m = HtmlExtractor.Extract("p.html", html).Metadata;
        Assert.Equal(new DateValue(2018, 3, 12), m.Published.Value);
        Assert.Equal(DateMethod.Text, m.Published.Method);
    }

    [Fact]
    public void Outlet_ComesFromOgSiteName()
    {
        var m = Meta(JsonLd);
        Assert.Equal("Valley Gazette", m.Outlet);
        Assert.Equal("meta:og:site_name", m.Signals["outlet"]);
    }

    [Fact]
    public void Outlet_ComesFromCopyrightLine_WhenNoMetadata()
    {
        var html = "<html><body><article><p>" + WebFixtures.Lead + "</p></article><footer><p>© 2020 Harbour Times. All rights reserved.</p></footer></body></html>";
        var m = HtmlExtractor.Extract("p.html", html).Metadata;
        Assert.Equal("Harbour Times", m.Outlet);
        Assert.Equal("copyright-line", m.Signals["outlet"]);
    }

    [Fact]
    public void Authors_IgnoreStaffBylines()
    {
        var m = Meta(extraArticle: """<div class="byline">By Staff | Updated 9 March 2021</div>""");
        Assert.Empty(m.Authors);
    }

    [Fact]
    public void Authors_ComeFromBylineWithoutBy()
    {
        var m = Meta(extraArticle: """<span class="byline">By Ruth Adams</span>""");
        Assert.Equal(["Ruth Adams"], m.Authors);
        Assert.Equal("byline", m.Signals["authors"]);
    }

    [Fact]
    public void TitleCanonicalAndLanguage_ComeFromHead()
    {
        var m = Meta();
        Assert.Equal("Council approves flood barrier", m.Title);
        Assert.Equal("https://gazette.example/news/2021/03/09/flood-barrier", m.Url);
        Assert.Equal("en", m.Language);
    }

    [Fact]
    public void BrokenJsonLd_IsIgnored()
    {
        var m = Meta("""<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": </script>""");
        Assert.Equal("url", m.Published.Signal);
    }
}
