using Corroborate.Analysis.Ingest.Web;
using Corroborate.Analysis.Ingest.Web.Html;
using Corroborate.Model;
using Corroborate.Testing;

namespace Corroborate.Analysis.Tests.Ingest.Web;

public sealed class HtmlExtractorTests
{
    private static Document Extract(string html, string? url = null) => HtmlExtractor.Extract("page.html", html, url);

    [Fact]
    public void Extract_KeepsLeadParagraphAndBody_WhenPageHasFurniture()
    {
        var doc = Extract(WebFixtures.NewsPage());
        Assert.Contains(WebFixtures.Lead, doc.Text, StringComparison.Ordinal);
        Assert.Contains(WebFixtures.Second, doc.Text, StringComparison.Ordinal);
        Assert.Contains(WebFixtures.Third, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_DropsNavigationCookiesSharingRelatedAndComments()
    {
        var text = Extract(WebFixtures.NewsPage()).Text;
        Assert.DoesNotContain("Sport", text, StringComparison.Ordinal);
        Assert.DoesNotContain("cookies", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Share on", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Storm closes bridge", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Great news for the valley", text, StringComparison.Ordinal);
        Assert.DoesNotContain("All rights reserved", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_KeepsInTextLinkText()
    {
        Assert.Contains("published on the council website last spring", Extract(WebFixtures.NewsPage()).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_SeparatesParagraphsByBlankLineAndListItemsByLine()
    {
        var text = Extract(WebFixtures.NewsPage()).Text;
        Assert.Contains(WebFixtures.Lead + "\n\n", text, StringComparison.Ordinal);
        Assert.Contains("\n\nWhat happens next\n\n", text, StringComparison.Ordinal);
        Assert.Contains("Construction starts in May.\nCompletion is planned for 2024.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_MovesCaptionToRemovedWithCaptionKind()
    {
        var doc = Extract(WebFixtures.NewsPage());
        Assert.DoesNotContain("old mill", doc.Text, StringComparison.Ordinal);
        var caption = Assert.Single(doc.Removed, r => r.Text.Contains("old mill", StringComparison.Ordinal));
        Assert.Equal(RemovalKind.Caption, caption.Kind);
        Assert.Contains("old mill", doc.Raw.Substring(caption.RawSpan.Start, caption.RawSpan.Length), StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_MovesCreditLineToRemoved_WhenItIsAParagraph()
    {
        var doc = Extract(WebFixtures.NewsPage(extraArticle: "<p>Photo: Reuters/Jan Novak</p>"));
        Assert.DoesNotContain("Jan Novak", doc.Text, StringComparison.Ordinal);
        Assert.Contains(doc.Removed, r => r.Text.Contains("Jan Novak", StringComparison.Ordinal) && r.Kind is RemovalKind.Credit or RemovalKind.Caption);
    }

    [Fact]
    public void RawMap_TakesEveryCharacterBackToItsSourceOrEntity()
    {
        var html = WebFixtures.NewsPage(extraArticle: "<p>Costs rose &amp; fell &#8212; &quot;sharply&quot;, said Dr.&nbsp;M&uuml;ller.</p>");
        var doc = Extract(html);
        Assert.Contains("Costs rose & fell \u2014 \"sharply\", said Dr. Müller.", doc.Text, StringComparison.Ordinal);
        for (int i = 0; i < doc.Text.Length; i++)
        {
            char c = doc.Text[i];
            int raw = doc.RawMap.ToRaw(i);
            Assert.InRange(raw, 0, doc.Raw.Length - 1);
            char r = doc.Raw[raw];
            bool ok = r == c || r == '&' || (char.IsWhiteSpace(c) && (char.IsWhiteSpace(r) || r == '<'));
            Assert.True(ok, $"text[{i}]='{c}' maps to raw[{raw}]='{r}'");
        }
    }

    [Fact]
    public void Extract_ProducesWellFormedDocument()
    {
        var doc = Extract(WebFixtures.NewsPage()) with { Id = "d1" };
        DocumentAssert.WellFormed(doc);
    }

    [Fact]
    public void Extract_JoinsSeveralCandidateBlocks_WhenArticleIsSplitAcrossSiblings()
    {
        var html = $"""
            <html><body><div class="menu"><a href="/">Home</a><a href="/x">World</a></div>
            <div class="wrap"><div class="part"><p>{WebFixtures.Lead}</p><p>{WebFixtures.Second}</p></div>
            <div class="ad-slot">Advertisement</div>
            <div class="part"><p>{WebFixtures.Third}</p><p>{WebFixtures.Lead.Replace("Tuesday", "Friday", StringComparison.Ordinal)}</p></div></div>
            </body></html>
            """;
        var text = Extract(html).Text;
        Assert.Contains(WebFixtures.Lead, text, StringComparison.Ordinal);
        Assert.Contains(WebFixtures.Third, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Advertisement", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ReportsDiagnosticAndDoesNotThrow_WhenNestingIs100000Deep()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "<p>" + WebFixtures.Lead + "</p>"
            + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "</body></html>";
        var doc = Extract(html);
        Assert.Contains(WebFixtures.Lead, doc.Text, StringComparison.Ordinal);
        Assert.Contains(doc.Diagnostics, d => d.Code == Corroborate.Diagnostics.Codes.NestingTooDeep);
    }

    [Fact]
    public void Extract_SurvivesBrokenMarkup()
    {
        var html = "<html><body><div><p>" + WebFixtures.Lead + "<p>" + WebFixtures.Second + "</span></b><div <<>> <a href='x>"
            + "<p>" + WebFixtures.Third + "<!-- unclosed comment";
        var doc = Extract(html);
        Assert.Contains(WebFixtures.Lead, doc.Text, StringComparison.Ordinal);
        Assert.Contains(WebFixtures.Second, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_Handles50MegabytePage()
    {
        var para = "<p>" + WebFixtures.Lead + " " + WebFixtures.Second + "</p>\n";
        var sb = new System.Text.StringBuilder("<html><body><article>");
        while (sb.Length < 50_000_000) sb.Append(para);
        sb.Append("</article></body></html>");
        var doc = Extract(sb.ToString());
        Assert.StartsWith(WebFixtures.Lead, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_WarnsNoMainContent_WhenPageHasNoText()
    {
        var doc = Extract("<html><body><script>render()</script></body></html>");
        Assert.Equal("", doc.Text);
        Assert.Contains(doc.Diagnostics, d => d.Code == Corroborate.Diagnostics.Codes.NoMainContent);
    }

    [Fact]
    public void ReadPage_ExtractsGzipInput()
    {
        var gz = Gzip(WebFixtures.Utf8(WebFixtures.NewsPage()));
        var doc = new HtmlReader().ReadPage("page.html.gz", gz, null, null);
        Assert.Contains(WebFixtures.Lead, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadPage_CapsGzipBomb()
    {
        var bomb = Gzip(new byte[20_000_000]);
        var reader = new HtmlReader(new WebInputLimits { MaxDecompressedBytes = 1_000_000 });
        var doc = reader.ReadPage("bomb.html.gz", bomb, null, null);
        Assert.Contains(doc.Diagnostics, d => d.Code == Corroborate.Diagnostics.Codes.DecompressedTooLarge);
        Assert.True(doc.Raw.Length <= 1_000_000);
    }

    internal static byte[] Gzip(byte[] data)
    {
        using var ms = new MemoryStream();
        using (var gz = new System.IO.Compression.GZipStream(ms, System.IO.Compression.CompressionLevel.Fastest)) gz.Write(data);
        return ms.ToArray();
    }
}
