using Corroborate.Analysis.Ingest.Web.Html;
using Corroborate.Model;

namespace Corroborate.Analysis.Tests.Ingest.Web;

/// <summary>Metadata fields from their second-choice signals, each recording where it came from.</summary>
public sealed class MetadataSignalTests
{
    private static SourceMetadata Meta(string head, string lang = "") => HtmlExtractor.Extract("page.html", $"""
        <html{lang}><head>{head}</head><body><article><h1>Ferry terminal opens</h1>
        <p>The harbour authority opened the new ferry terminal after three years of building work and several delays.</p>
        </article></body></html>
        """).Metadata;

    [Fact]
    public void Outlet_ComesFromJsonLdPublisher_WhenNoSiteName()
    {
        var m = Meta("""<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Harbour Herald"}}</script>""");
        Assert.Equal("Harbour Herald", m.Outlet);
        Assert.Equal("json-ld", m.Signals["outlet"]);
    }

    [Fact]
    public void Authors_ComeFromMetaTag_WhenNoJsonLd()
    {
        var m = Meta("""<meta name="author" content="By Lena Vogt and Piet Jansen">""");
        Assert.Equal(["Lena Vogt", "Piet Jansen"], m.Authors);
        Assert.Equal("meta:author", m.Signals["authors"]);
    }

    [Fact]
    public void Authors_AreEmpty_WhenBylineIsStaffAndUpdateStamp()
    {
        Assert.Empty(Meta("""<meta name="author" content="By Staff | Updated 3 hours ago">""").Authors);
    }

    [Fact]
    public void Modified_ComesFromMetaTag()
    {
        var m = Meta("""<meta property="article:modified_time" content="2022-03-04T10:00:00+01:00"><meta property="article:published_time" content="2022-03-01T10:00:00+01:00">""");
        Assert.Equal(new DateValue(2022, 3, 4), m.Modified.Value);
        Assert.Equal("meta:article:modified_time", m.Signals["modified"]);
        Assert.Equal(DateMethod.Metadata, m.Published.Method);
    }

    [Fact]
    public void Language_ComesFromOgLocale_WhenHtmlHasNoLang()
    {
        var m = Meta("""<meta property="og:locale" content="nl_NL">""");
        Assert.Equal("nl", m.Language);
        Assert.Equal("meta", m.Signals["language"]);
    }

    [Fact]
    public void CanonicalUrl_ComesFromOgUrl_WhenNoCanonicalLink()
    {
        var m = Meta("""<meta property="og:url" content="https://herald.example/ferry">""");
        Assert.Equal("https://herald.example/ferry", m.Url);
        Assert.Equal("meta:og:url", m.Signals["url"]);
    }
}
