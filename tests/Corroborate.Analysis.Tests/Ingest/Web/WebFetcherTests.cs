using System.Net;
using System.Net.Sockets;
using System.Text;
using Corroborate.Analysis.Ingest.Web.Fetch;
using Corroborate.Diagnostics;

namespace Corroborate.Analysis.Tests.Ingest.Web;

public sealed class WebFetcherTests
{
    /// <summary>A throwaway HTTP server on 127.0.0.1 answering each path with a handler.</summary>
    private sealed class LocalServer : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly Func<HttpListenerContext, Task> _handler;

        public LocalServer(Func<HttpListenerContext, Task> handler)
        {
            _handler = handler;
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            Port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
            _listener.Start();
            _ = Loop();
        }

        public int Port { get; }

        public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

        private async Task Loop()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext ctx;
                try { ctx = await _listener.GetContextAsync(); }
                catch (HttpListenerException) { return; }
                catch (ObjectDisposedException) { return; }
                _ = Task.Run(async () =>
                {
                    try { await _handler(ctx); ctx.Response.Close(); }
                    catch (HttpListenerException) { }
                    catch (IOException) { }
                    catch (ObjectDisposedException) { }
                });
            }
        }

        public void Dispose() => _listener.Close();
    }

    private static async Task Write(HttpListenerContext ctx, string body, string type = "text/html; charset=utf-8")
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        ctx.Response.ContentType = type;
        await ctx.Response.OutputStream.WriteAsync(bytes);
    }

    private static readonly FetchOptions Local = new() { AllowPrivateAddresses = true, Timeout = TimeSpan.FromSeconds(5) };

    [Fact]
    public async Task Fetch_RefusesLoopback_ByDefault()
    {
        using var server = new LocalServer(ctx => Write(ctx, "<p>hi</p>"));
        using var fetcher = new WebFetcher();
        var r = await fetcher.FetchAsync(server.Url("/"), TestContext.Current.CancellationToken);
        Assert.False(r.Succeeded);
        Assert.Equal(Codes.FetchRefused, r.Diagnostics.Single().Code);
    }

    [Fact]
    public async Task Fetch_RefusesNonHttpSchemes()
    {
        using var fetcher = new WebFetcher(Local);
        var r = await fetcher.FetchAsync("file:///etc/passwd", TestContext.Current.CancellationToken);
        Assert.Equal(Codes.FetchRefused, r.Diagnostics.Single().Code);
    }

    [Fact]
    public async Task FetchDocuments_ExtractsPage_WhenPrivateAddressesAllowed()
    {
        using var server = new LocalServer(ctx => Write(ctx, WebFixtures.NewsPage()));
        using var fetcher = new WebFetcher(Local);
        var docs = await fetcher.FetchDocumentsAsync(server.Url("/news"), null, TestContext.Current.CancellationToken);
        Assert.Contains(WebFixtures.Lead, Assert.Single(docs).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_FollowsRedirectsUpToTheCap()
    {
        using var server = new LocalServer(ctx =>
        {
            int n = int.Parse(ctx.Request.Url!.AbsolutePath.Trim('/'), System.Globalization.CultureInfo.InvariantCulture);
            ctx.Response.StatusCode = 302;
            ctx.Response.RedirectLocation = "/" + (n + 1);
            return Task.CompletedTask;
        });
        using var fetcher = new WebFetcher(Local with { MaxRedirects = 3 });
        var r = await fetcher.FetchAsync(server.Url("/0"), TestContext.Current.CancellationToken);
        Assert.Equal(Codes.FetchFailed, r.Diagnostics.Single().Code);
        Assert.EndsWith("/4", r.FinalUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_CutsBodyAtSizeLimit()
    {
        using var server = new LocalServer(ctx => Write(ctx, new string('x', 200_000)));
        using var fetcher = new WebFetcher(Local with { MaxBytes = 10_000 });
        var r = await fetcher.FetchAsync(server.Url("/big"), TestContext.Current.CancellationToken);
        Assert.True(r.Body.Length <= 10_000);
        Assert.Contains(r.Diagnostics, d => d.Code is Codes.WebInputTruncated or Codes.FetchFailed);
    }

    [Fact]
    public async Task Fetch_TimesOutWithDiagnostic()
    {
        using var server = new LocalServer(async ctx => { await Task.Delay(5000); await Write(ctx, "late"); });
        using var fetcher = new WebFetcher(Local with { Timeout = TimeSpan.FromMilliseconds(300) });
        var r = await fetcher.FetchAsync(server.Url("/slow"), TestContext.Current.CancellationToken);
        Assert.Equal(Codes.FetchFailed, r.Diagnostics.Single().Code);
    }

    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("192.168.0.1", false)]
    [InlineData("169.254.1.1", false)]
    [InlineData("::1", false)]
    [InlineData("fd00::1", false)]
    [InlineData("93.184.216.34", true)]
    public void IsPublic_ClassifiesAddresses(string address, bool expected) =>
        Assert.Equal(expected, WebFetcher.IsPublic(IPAddress.Parse(address)));
}
