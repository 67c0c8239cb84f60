using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace Corroborate.Server.Tests;

/// <summary>
/// The web UI in a real browser: Debian's Chromium (installed by ./test.sh) driven by Playwright, against the
/// real server on a free loopback port. Skipped, with the reason, where Chromium is not installed.
/// </summary>
public sealed class BrowserTests : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";
    private readonly string _folder = ServerFixture.NewFolder();
    private WebApplication? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string _base = "";

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(Chromium)) return;
        _app = ServerApp.Build(["--urls", "http://127.0.0.1:0", "--Corroborate:Data=" + _folder]);
        await _app.StartAsync();
        _base = _app.Urls.First().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
    }

    private async Task<IPage> NewPage()
    {
        if (_browser is null) Assert.Skip($"{Chromium} is not installed (./test.sh installs it on Debian as root).");
        var page = await _browser.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        return page;
    }

    [Fact]
    public async Task SamplesIngestedThroughTheUi_OpenAsAStoryThatShowsTheDisagreement()
    {
        var page = await NewPage();
        await page.GotoAsync(_base + "/");
        foreach (var file in ServerFixture.SampleFiles())
        {
            await page.FillAsync("#paste", await File.ReadAllTextAsync(file));
            await page.RunAndWaitForResponseAsync(() => page.ClickAsync("#ingest-button"), r => r.Url.EndsWith("/api/documents", StringComparison.Ordinal) && r.Status == 201);
            // The response event fires on its headers; the page clears the box only once it has read the body.
            // Filling before that would lose the next article (seen on a loaded CI machine).
            await Assertions.Expect(page.Locator(".ingest-status")).ToContainTextAsync("1 added");
            await Assertions.Expect(page.Locator("#paste")).ToHaveValueAsync("");
        }

        await page.ReloadAsync();
        var row = page.Locator(".story-row");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row.Locator(".badge.disagree")).ToBeVisibleAsync();
        await Assertions.Expect(row.Locator(".badge.sources")).ToContainTextAsync("3 independent of 4");

        await row.Locator("a").ClickAsync();
        await Assertions.Expect(page.Locator("#disagreements li").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".source")).ToHaveCountAsync(4);
        Assert.True(await page.Locator(".source .hl.figure").CountAsync() > 0);
        Assert.True(await page.Locator("#figures .badge.relation").CountAsync() > 0);
        await page.Locator("#why summary").ClickAsync();
        await Assertions.Expect(page.Locator("#why li")).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator("#why li").Nth(1)).ToContainTextAsync("joined: score");

        // Hovering a citation shows the sentence it cites.
        var cite = page.Locator("#brief .cite").First;
        var document = await cite.GetAttributeAsync("data-document");
        await cite.HoverAsync();
        var tip = cite.Locator(".tip");
        await Assertions.Expect(tip).ToBeVisibleAsync();
        var sentence = (await tip.Locator(".tip-text").InnerTextAsync()).Trim();
        var sourceText = await page.Locator($".source[data-document=\"{document}\"] .text").InnerTextAsync();
        Assert.True(sentence.Length > 20);
        Assert.Contains(sentence[..20], sourceText, StringComparison.Ordinal);

        var shot = Path.Combine(AppContext.BaseDirectory, "screenshots", "story.png");
        Directory.CreateDirectory(Path.GetDirectoryName(shot)!);
        await page.ScreenshotAsync(new() { Path = shot, FullPage = true });
        Assert.True(new FileInfo(shot).Length > 10_000);
    }

    [Fact]
    public async Task HostileArticles_RenderInert()
    {
        var page = await NewPage();
        using var http = new HttpClient { BaseAddress = new Uri(_base) };
        const string html = """
            <html><head><title>Council vote on the harbour bridge</title></head><body><article>
            <h1>Council vote on the harbour bridge</h1>
            <p>The Eastfield council voted on Tuesday to rebuild the harbour bridge, mayor Ilse Brandt said.<script>window.__pwned = 1;</script></p>
            <p>Brandt said the work would cost 12 million euros. <a href="javascript:window.__pwned=2">Read the plan</a>
            <img src="x" onerror="window.__pwned=3"> The bridge has been closed since March.</p>
            <p>Opposition councillor Tarik Okafor said the council should have waited for the engineers' report.</p>
            </article></body></html>
            """;
        const string text = "Councillor Tarik Okafor posted <script>window.__pwned = 4</script> and a link javascript:window.__pwned=5 on the council forum.\n\n" +
            "He said the <img src=x onerror=window.__pwned=6> bridge vote on Tuesday ignored the engineers, and that 12 million euros was too much.";
        foreach (var (body, type) in new[] { (html, "text/html"), (text, "text/plain") })
        {
            using var content = new StringContent(body, Encoding.UTF8);
            content.Headers.ContentType = new MediaTypeHeaderValue(type);
            Assert.Equal(System.Net.HttpStatusCode.Created, (await http.PostAsync("/api/documents", content)).StatusCode);
        }

        bool dialog = false;
        page.Dialog += (_, d) => dialog = true;
        await page.GotoAsync(_base + "/");
        var links = page.Locator(".story-row a");
        await Assertions.Expect(links.First).ToBeVisibleAsync();
        int stories = await links.CountAsync();
        for (int i = 0; i < stories; i++)
        {
            await page.GotoAsync(_base + "/");
            await page.Locator(".story-row a").Nth(i).ClickAsync();
            await Assertions.Expect(page.Locator(".source").First).ToBeVisibleAsync();
            Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));
            Assert.Equal(0, await page.Locator("a[href^='javascript' i], [onerror], [onclick]").CountAsync());
            Assert.Equal(1, await page.Locator("script").CountAsync());
        }

        Assert.False(dialog);
        await page.GotoAsync(_base + "/#/search?q=forum");
        await page.Locator(".hits a").First.ClickAsync();
        await Assertions.Expect(page.Locator(".source .text", new() { HasText = "council forum" })).ToContainTextAsync("<script>window.__pwned = 4</script>");
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));
    }

    [Fact]
    public async Task SearchFromTheHeader_ListsMarkedHits()
    {
        var page = await NewPage();
        using var http = new HttpClient { BaseAddress = new Uri(_base) };
        using var content = new StringContent("The Eastfield library reopened on Saturday, librarian Paolo Grieg said. The reading room seats 120 people.", Encoding.UTF8, "text/plain");
        await http.PostAsync("/api/documents", content);

        await page.GotoAsync(_base + "/");
        await page.FillAsync("#search", "reading room");
        await page.PressAsync("#search", "Enter");
        await Assertions.Expect(page.Locator(".hits mark").First).ToHaveTextAsync("reading");
    }
}
