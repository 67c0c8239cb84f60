using Corroborate.Analysis.Ingest.Web.Html;
using Corroborate.Model;

namespace Corroborate.Analysis.Tests.Ingest.Web;

/// <summary>Publication dates beyond the plain metadata path: the outlet's own calendar day, microdata text, fallbacks.</summary>
public sealed class PublishedDateTests
{
    private const string Body = """
        <p>The harbour authority opened the new ferry terminal after three years of building work and several delays.</p>
        <p>Passengers will be able to board from the eastern quay from next month, the authority said in a statement.</p>
        """;

    private static PublishedDate Published(string lang, string head, string article = "", string? url = "https://news.example/terminal") =>
        HtmlExtractor.Extract("page.html", $"""
            <!DOCTYPE html><html lang="{lang}"><head><title>Terminal opens</title>{head}</head>
            <body><article><h1>Terminal opens</h1>{article}{Body}</article></body></html>
            """, url).Metadata.Published;

    [Fact]
    public void Published_IsOutletsLocalDay_WhenMetadataIsUtcLateEvening()
    {
        var p = Published("de", """<meta property="article:published_time" content="2022-11-06T23:00:00.000Z">""");
        Assert.Equal(new DateValue(2022, 11, 7), p.Value);
        Assert.Equal("meta:article:published_time", p.Signal);
    }

    [Fact]
    public void Published_KeepsUtcDay_WhenNoZoneCanBeInferred()
    {
        var p = Published("en", """<meta property="article:published_time" content="2022-11-06T23:00:00Z">""", url: "https://news.example/x");
        Assert.Equal(new DateValue(2022, 11, 6), p.Value);
    }

    [Fact]
    public void Published_UsesOffsetSeenOnPage_WhenScriptStateCarriesIt()
    {
        var p = Published("en", """
            <meta property="article:published_time" content="2023-11-09T05:30:59+00:00">
            <script>window.state = {"created":"2023-11-08T23:30:59-06:00"};</script>
            """);
        Assert.Equal(new DateValue(2023, 11, 8), p.Value);
    }

    [Fact]
    public void Published_KeepsUtcDay_WhenPageDisplaysIt()
    {
        var p = Published("en-US", "", """<time datetime="2020-01-15T01:01:01+00:00">15 January 2020</time>""");
        Assert.Equal(new DateValue(2020, 1, 15), p.Value);
    }

    [Fact]
    public void Published_AppliesUsSummerTime_WhenRegionIsUs()
    {
        // 03:30 UTC on 2 July is 23:30 on 1 July in New York (UTC-4 in summer).
        var p = Published("en-US", """<meta property="article:published_time" content="2021-07-02T03:30:00Z">""");
        Assert.Equal(new DateValue(2021, 7, 1), p.Value);
    }

    [Fact]
    public void Published_ComesFromMicrodataText_WhenItempropHasNoAttribute()
    {
        var p = Published("de", "", """<span itemprop="datePublished">28. Dezember 2022</span>""");
        Assert.Equal(new DateValue(2022, 12, 28), p.Value);
    }

    [Fact]
    public void Published_FallsBackToModified_WhenOnlyModifiedIsGiven()
    {
        var p = Published("de", """<meta property="og:updated_time" content="2022-01-28T11:05:37+0100">""");
        Assert.Equal(new DateValue(2022, 1, 28), p.Value);
        Assert.Equal(DateMethod.Text, p.Method);
        Assert.Equal("modified", p.Signal);
    }

    [Fact]
    public void Published_FallsBackToMostRepeatedVisibleDate_WhenNothingElse()
    {
        var p = Published("de", "", url: null, article: "");
        Assert.Null(p.Value);
        var html = """
            <html><body><div class="box"><span class="label">Stand</span> 25.01.2022</div>
            <div class="article"><p>Die Behörde hat am Dienstag neue Messwerte veröffentlicht, die deutlich über dem Vorjahr liegen.</p></div>
            <div class="box">Datum 25.01.2022</div><p>Archiv: 03.02.2019</p></body></html>
            """;
        var q = HtmlExtractor.Extract("page.html", html).Metadata.Published;
        Assert.Equal(new DateValue(2022, 1, 25), q.Value);
        Assert.Equal(DateMethod.Text, q.Method);
    }

    [Theory]
    [InlineData("Erschienen am 28.01.22 um 12:45", 2022, 1, 28)]
    [InlineData("Bogotá, 5 de mayo de 2022", 2022, 5, 5)]
    [InlineData("Notizia del 14 Gennaio 2020", 2020, 1, 14)]
    [InlineData("Opublikowano 3 marca 2021", 2021, 3, 3)]
    public void FirstInText_ReadsDate_WhenWrittenInOtherLanguagesOrShortYear(string text, int y, int m, int d)
    {
        Assert.Equal(new DateValue(y, m, d), DateParsing.FirstInText(text));
    }

    [Fact]
    public void FirstInText_IgnoresVersionNumbers()
    {
        Assert.Null(DateParsing.FirstInText("Update to version 10.12.22.4 now"));
    }
}

/// <summary>Which of several dates on a page is the publication day.</summary>
public sealed class ShownDateTests
{
    private const string Paragraphs = """
        <p>The harbour authority opened the new ferry terminal after three years of building work and several delays.</p>
        <p>Passengers will be able to board from the eastern quay from next month, the authority said in a statement.</p>
        """;

    [Fact]
    public void Published_PrefersDayShownBesideHeadline_WhenMetadataIsADayOff()
    {
        var html = $"""
            <html lang="de"><head><meta name="date" content="2020-04-29T11:52:23"></head><body>
            <div class="topbar"><span class="topbar-date">Freitag, 1. Mai 2020</span></div>
            <article><h1>Terminal eröffnet</h1><p class="text"><span class="stand">Stand: 28.04.2020 18:00 Uhr</span></p>{Paragraphs}</article>
            </body></html>
            """;
        var p = HtmlExtractor.Extract("page.html", html).Metadata.Published;
        Assert.Equal(new DateValue(2020, 4, 28), p.Value);
        Assert.Equal("meta:date+shown", p.Signal);
    }

    [Fact]
    public void Published_IgnoresTodaysDateInMasthead()
    {
        var html = $"""
            <html lang="de"><head><meta property="article:published_time" content="2022-02-03T10:00:00+01:00"></head><body>
            <header><h1 class="logo">Schwimmen heute</h1><div class="header-date">Freitag, 4. Februar 2022</div></header>
            <article><h1>Lagen-Pyramide</h1>{Paragraphs}</article></body></html>
            """;
        Assert.Equal(new DateValue(2022, 2, 3), HtmlExtractor.Extract("page.html", html).Metadata.Published.Value);
    }

    [Fact]
    public void Published_LocalizesHttpDateInJsonLd()
    {
        var html = $$"""
            <html lang="es"><head><script type="application/ld+json">
            {"@type":"NewsArticle","headline":"Terminal","datePublished":"Wed, 04 May 2022 00:25:56 GMT"}
            </script></head><body><article><h1>Terminal</h1>{{Paragraphs}}</article></body></html>
            """;
        var p = HtmlExtractor.Extract("page.html", html, "https://diario.example.com.ar/nota").Metadata.Published;
        Assert.Equal(new DateValue(2022, 5, 3), p.Value);
    }

    [Fact]
    public void Published_PrefersUrlDate_WhenMetadataIsYearsAway()
    {
        var html = $"""
            <html lang="en"><head><meta property="article:published_time" content="2019-06-17T10:00:00+02:00"></head>
            <body><article><h1>Terminal</h1>{Paragraphs}</article></body></html>
            """;
        var p = HtmlExtractor.Extract("page.html", html, "https://blog.example/home/2017/7/12/terminal").Metadata.Published;
        Assert.Equal(new DateValue(2017, 7, 12), p.Value);
        Assert.Equal("url", p.Signal);
    }

    [Fact]
    public void Published_KeepsUrlDate_WhenAnEventDayIsPrintedNearTheHeadline()
    {
        // The URL day replaced far-off metadata; a day printed in the article (the day of the reported event) is
        // not the publication day and must not move it.
        var html = $"""
            <html lang="de"><head><meta property="article:published_time" content="2019-06-17T10:00:00+02:00"></head>
            <body><article><h1>Ergebnisse</h1><p class="date">Wettkampf am 19.05.2007</p>{Paragraphs}</article></body></html>
            """;
        var p = HtmlExtractor.Extract("page.html", html, "https://blog.example/2007/05/20/ergebnisse").Metadata.Published;
        Assert.Equal(new DateValue(2007, 5, 20), p.Value);
        Assert.Equal("url", p.Signal);
    }

    [Theory]
    [InlineData("https://verein.example/meldungen/29-10-2021", 2021, 10, 29)]
    [InlineData("https://news.example/2020/01/15/terminal", 2020, 1, 15)]
    public void FromUrl_ReadsDayFirstAndIsoPaths(string url, int y, int m, int d)
    {
        Assert.Equal(new DateValue(y, m, d), DateParsing.FromUrl(url));
    }

    [Fact]
    public void FirstInText_ReadsDayFirstSlashDate_WhenFirstNumberCannotBeMonth()
    {
        Assert.Equal(new DateValue(2019, 12, 26), DateParsing.FirstInText("26/12/2019"));
        Assert.Equal(new DateValue(2019, 3, 4), DateParsing.FirstInText("03/04/2019"));
    }

    [Fact]
    public void Published_ReadsUnclassedDateLineUnderHeadline()
    {
        var html = $"""
            <html lang="de"><head><meta name="datePublished" content="2021-12-14T09:00:00+01:00">
            <meta property="article:modified_time" content="2022-02-04T15:33:00+01:00"></head><body>
            <article><h1>Warum sich das Warten lohnt</h1><div class="author"><p><strong class="author">04.02.2022 | 15:33 Uhr</strong></p></div>
            {Paragraphs}</article></body></html>
            """;
        var p = HtmlExtractor.Extract("page.html", html).Metadata.Published;
        Assert.Equal(new DateValue(2022, 2, 4), p.Value);
    }

    [Fact]
    public void Published_ComesFromHeadSummary_WhenBodyHasNoDate()
    {
        var html = $"""
            <html lang="it"><head><meta property="og:title" content="Orso marsicano: un anno da record (Notizia del 14 Gennaio 2020)"></head>
            <body><div class="box">{Paragraphs}</div></body></html>
            """;
        var p = HtmlExtractor.Extract("page.html", html).Metadata.Published;
        Assert.Equal(new DateValue(2020, 1, 14), p.Value);
        Assert.Equal("head-text", p.Signal);
        Assert.Equal(DateMethod.Text, p.Method);
    }
}
