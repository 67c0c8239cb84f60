using Corroborate.Analysis.Ingest.Web.Html;

namespace Corroborate.Analysis.Tests.Ingest.Web;

/// <summary>Pages whose body gives little (script-rendered, consent walls) and scripts the Latin rules misread.</summary>
public sealed class ThinPageTests
{
    [Fact]
    public void Extract_FallsBackToDescription_WhenBodyHasNoArticle()
    {
        const string summary = "The harbour board approved a second ferry line to the island on Monday, after two years of "
            + "complaints about queues in the summer months.";
        var html = $"""
            <html><head><meta property="og:description" content="{summary}"><meta name="description" content="Ferry news"></head>
            <body><div id="app"><p>Loading…</p></div></body></html>
            """;
        var doc = HtmlExtractor.Extract("page.html", html);
        Assert.Equal(summary, doc.Text);

        // The text maps back into the attribute value in the markup.
        int raw = doc.RawMap.ToRaw(0);
        Assert.Equal(summary, html.Substring(raw, summary.Length));
    }

    [Fact]
    public void Extract_KeepsBody_WhenDescriptionIsOnlyATagline()
    {
        var html = """
            <html><head><meta name="description" content="News from the valley"></head>
            <body><p>Short notice: the market moves to Friday.</p></body></html>
            """;
        var text = HtmlExtractor.Extract("page.html", html).Text;
        Assert.Contains("market moves to Friday", text, StringComparison.Ordinal);
        Assert.DoesNotContain("News from the valley", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_DropsRubyReadings()
    {
        var text = HtmlExtractor.Extract("page.html", WebFixtures.NewsPage(extraArticle:
            "<p><ruby>東京<rp>(</rp><rt>とうきょう</rt><rp>)</rp></ruby>で新しい<ruby>駅<rt>えき</rt></ruby>ができました。</p>")).Text;
        Assert.Contains("東京で新しい駅ができました。", text, StringComparison.Ordinal);
        Assert.DoesNotContain("とうきょう", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_KeepsLastJapaneseParagraph_WhenItEndsWithFullStop()
    {
        var html = """
            <html><body><article>
            <h1>新しい駅</h1>
            <p>市は、来年の春に新しい駅をつくることを決めました。駅の近くには大きな公園もできます。住民は長い間、駅を待っていました。</p>
            <p>市長は「便利になります」と話しました。</p>
            </article></body></html>
            """;
        var text = HtmlExtractor.Extract("page.html", html).Text;
        Assert.Contains("市長は「便利になります」と話しました。", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Anzeige:")]
    [InlineData("ANZEIGE - Heute schon an den Grill gedacht?")]
    public void Extract_DropsAdLabel(string line)
    {
        var text = HtmlExtractor.Extract("page.html", WebFixtures.NewsPage(extraArticle: $"<p>{line}</p>")).Text;
        Assert.DoesNotContain(line, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ReadsArticleFromTemplateScript_WhenBodyIsRenderedClientSide()
    {
        var html = """
            <html><body><div class="post"><h2>Safer downloads</h2>
            <div class="post-body" itemprop="articleBody"><script type="text/template">
            <p>Over the past year the browser team has seen download scams become more elaborate, and many now hide behind trusted hosting services.</p>
            <p>Starting this week, downloads that match a known scam pattern will be held until the user confirms them.</p>
            </script></div></div></body></html>
            """;
        var doc = HtmlExtractor.Extract("page.html", html);
        Assert.Contains("download scams become more elaborate", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", doc.Text, StringComparison.Ordinal);

        // Offsets still point into the original page.
        int at = doc.Text.IndexOf("Starting this week", StringComparison.Ordinal);
        Assert.Equal("Starting this week", html.Substring(doc.RawMap.ToRaw(at), 18));
    }
}
