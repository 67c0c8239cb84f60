using Corroborate.Analysis.Ingest.Web.Html;

namespace Corroborate.Analysis.Tests.Ingest.Web;

/// <summary>Author boxes and "more on this" sections that sit inside the article container.</summary>
public sealed class BoilerplateSectionTests
{
    private static string Text(string extraArticle) =>
        HtmlExtractor.Extract("page.html", WebFixtures.NewsPage(extraArticle: extraArticle)).Text;

    [Theory]
    [InlineData("author-box")]
    [InlineData("contributor-bio")]
    [InlineData("TestReport__AuthorBox")]
    [InlineData("m-author")]
    [InlineData("author_card-content")]
    public void Extract_DropsAuthorBio_WhenItSitsInsideTheArticle(string cls)
    {
        var text = Text($"""<div class="{cls}"><p>Jana Olsen has covered regional politics for the Gazette since 2009 and lives in the valley with two dogs.</p></div>""");
        Assert.DoesNotContain("Jana Olsen has covered", text, StringComparison.Ordinal);
        Assert.Contains(WebFixtures.Third, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_DropsSchemaAuthorBlock()
    {
        var text = Text("""<div itemprop="author" itemscope itemtype="http://schema.org/Person"><p>Writes about water management and the energy transition, previously at the regional desk.</p></div>""");
        Assert.DoesNotContain("Writes about water management", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Das könnte Dich auch interessieren …")]
    [InlineData("Explore further")]
    [InlineData("Mehr Themen:")]
    [InlineData("Weitere Informationen:")]
    public void Extract_DropsSectionOpenedByTeaserHeading(string heading)
    {
        var text = Text($"""<h3>{heading}</h3><p><a href="/x">Storm closes the old bridge for a week</a> - with new diversions</p>""");
        Assert.DoesNotContain(heading, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Storm closes the old bridge", text, StringComparison.Ordinal);
    }
}

public sealed class ExtractionCascadeTests
{
    [Fact]
    public void Extract_FindsText_WhenMarkedArticleBlockIsAnEmptyShell()
    {
        // The only marked article block is an empty shell; the text sits in unmarked divs beside a share bar.
        var html = """
            <html><body>
            <div class="article-body"><div class="share-tools"><a href="#">Share</a></div></div>
            <div><div>Salzburg loves its cyclists, and the city has built forty kilometres of new lanes since 2019.</div>
            <div>Cycling through the old town's pedestrian zone is allowed outside shopping hours, the council says.</div></div>
            </body></html>
            """;
        var text = Corroborate.Analysis.Ingest.Web.Html.HtmlExtractor.Extract("page.html", html).Text;
        Assert.Contains("Salzburg loves its cyclists", text, StringComparison.Ordinal);
        Assert.Contains("pedestrian zone", text, StringComparison.Ordinal);
    }
}
