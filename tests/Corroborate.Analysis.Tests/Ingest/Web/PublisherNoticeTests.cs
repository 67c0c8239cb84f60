using Corroborate.Analysis.Ingest.Web.Html;
using Corroborate.Model;

namespace Corroborate.Analysis.Tests.Ingest.Web;

/// <summary>The publisher addressing its reader (appeals, disclosures, rights lines) inside the article container.</summary>
public sealed class PublisherNoticeTests
{
    private static Document Extract(string extraArticle) =>
        HtmlExtractor.Extract("page.html", WebFixtures.NewsPage(extraArticle: extraArticle));

    [Theory]
    [InlineData("Enjoyed this story? Support our journalism and become a member of the Valley Gazette today.")]
    [InlineData("For breaking updates, download the Gazette app for iOS and Android.")]
    [InlineData("This post contains affiliate links; we may earn a small commission when you buy through them.")]
    [InlineData("Dieser Beitrag gibt die Meinung des Autors wieder, nicht die der Redaktion.")]
    [InlineData("Gefällt dir unser Magazin? Unterstütze uns mit einem kleinen Beitrag.")]
    [InlineData("¿Te gustó la nota? Síguenos en nuestras redes y únete a la comunidad.")]
    public void Extract_DropsPromotionLine_WhenInsideTheArticle(string line)
    {
        var doc = Extract($"<p>{line}</p>");
        Assert.DoesNotContain(line, doc.Text, StringComparison.Ordinal);
        Assert.Contains(WebFixtures.Third, doc.Text, StringComparison.Ordinal);
        Assert.Contains(doc.Removed, r => r.Kind == RemovalKind.Other && r.Text == line);
    }

    [Fact]
    public void Extract_ReportsRightsLineAsCopyright()
    {
        const string line = "This article is the copyrighted property of the Valley Gazette. Written permission is needed to reprint it.";
        var doc = Extract($"<p>{line}</p>");
        Assert.DoesNotContain("copyrighted property", doc.Text, StringComparison.Ordinal);
        Assert.Contains(doc.Removed, r => r.Kind == RemovalKind.Copyright);
    }

    [Fact]
    public void Extract_KeepsLongParagraph_ThatMentionsSubscriptions()
    {
        // A report about subscriptions is prose: past the notice length, the words alone do not condemn it.
        var para = "The council voted on Tuesday to subscribe the library to three regional newspapers, after residents "
            + "complained that the reading room had carried only national titles since the budget cuts of 2019. The new "
            + "subscriptions will cost about 2,400 euros a year, the treasurer said, and will be paid from the culture fund "
            + "that also supports the summer concerts in the park and the annual book fair. Two members abstained, saying "
            + "the money would be better spent on longer opening hours.";
        var doc = Extract($"<p>{para}</p>");
        Assert.Contains("subscribe the library", doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Teilen Sie dies mit:")]
    [InlineData("Gefällt mir:")]
    [InlineData("Kommentar verfassen")]
    [InlineData("Ist dieser Beitrag hilfreich?")]
    [InlineData("Beitragsbild: Blick vom Turm auf den Hafen")]
    [InlineData("Letzte Änderung 03.05.2021")]
    public void Extract_DropsCmsWidgetLine(string line)
    {
        var text = Extract($"<p>{line}</p>").Text;
        Assert.DoesNotContain(line, text, StringComparison.Ordinal);
        Assert.Contains(WebFixtures.Third, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_DropsTeasersUnderLatestNewsHeading_AfterTheArticle()
    {
        var text = Extract("""<h3>Die neuesten Meldungen</h3><p><a href="/a">Neue Fähre für die Insel</a> ab Mai</p><p><a href="/b">Hafenfest abgesagt</a></p>""").Text;
        Assert.DoesNotContain("Die neuesten Meldungen", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Neue Fähre", text, StringComparison.Ordinal);
        Assert.Contains(WebFixtures.Third, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("(Credit: Mara Lind / Valley Gazette)")]
    [InlineData("Photograph by Mara Lind")]
    [InlineData("Vergrößern Der neue Anleger am Ostkai im Abendlicht.")]
    [InlineData("Pubblicato il 3 Maggio 2021")]
    public void Extract_RemovesCaptionCreditAndMetaLines(string line)
    {
        var doc = Extract($"<p>{line}</p>");
        Assert.DoesNotContain(line, doc.Text, StringComparison.Ordinal);
        Assert.Contains(doc.Removed, r => r.Text == line);
    }

    [Theory]
    [InlineData("Dieses Interview als PDF herunterladen")]
    [InlineData("Programm des Abends Download (84 KB)")]
    [InlineData("Bitte halten Sie sich an unsere Netiquette.")]
    [InlineData("Du musst eingeloggt sein, um Kommentare zu schreiben!")]
    [InlineData("Der Artikel wurde erfolgreich hinzugefügt.")]
    [InlineData("Hier geht es zum Programm des Hafenfests")]
    [InlineData("Weitere Infos unter www.hafenfest.example")]
    [InlineData("Alles über die neue Fähre findest du hier.")]
    public void Extract_DropsDownloadCommentAndShopLines(string line)
    {
        var text = Extract($"<p>{line}</p>").Text;
        Assert.DoesNotContain(line, text, StringComparison.Ordinal);
        Assert.Contains(WebFixtures.Third, text, StringComparison.Ordinal);
    }
}
