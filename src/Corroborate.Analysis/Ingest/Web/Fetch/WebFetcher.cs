using System.Collections.Immutable;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Corroborate.Analysis.Ingest.Web.Feeds;
using Corroborate.Diagnostics;
using Corroborate.Model;

namespace Corroborate.Analysis.Ingest.Web.Fetch;

/// <summary>Limits for fetching a URL. The defaults suit one news page on an ordinary connection.</summary>
public sealed record FetchOptions
{
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Largest response body read (bytes, as sent on the wire).</summary>
    public long MaxBytes { get; init; } = 16L * 1024 * 1024;

    public int MaxRedirects { get; init; } = 5;

    /// <summary>Allow loopback, private, link-local and other non-public addresses (off: no SSRF into the LAN).</summary>
    public bool AllowPrivateAddresses { get; init; }

    public string UserAgent { get; init; } = "Corroborate/1.0 (+news comparison; respects robots)";
}

/// <summary>What a fetch returned: the final URL, status, content type and body, or why it failed.</summary>
public sealed record FetchResult(string Url, string FinalUrl, int Status, string? ContentType, byte[] Body, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool Succeeded => Status is >= 200 and < 300 && !Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>
/// Fetches http/https URLs with a timeout, a body-size cap, a redirect cap (each hop re-checked) and refusal of
/// private and loopback addresses unless allowed. The address check runs on the resolved IP at connect time,
/// so DNS names that point into the LAN are refused too. Thread-safe; reuse one instance.
/// </summary>
public sealed class WebFetcher : IDisposable
{
    private readonly FetchOptions _options;
    private readonly HttpClient _client;

    public WebFetcher(FetchOptions? options = null)
    {
        _options = options ?? new FetchOptions();
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
            ConnectCallback = ConnectAsync,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(_options.UserAgent);
    }

    public void Dispose() => _client.Dispose();

    public async Task<FetchResult> FetchAsync(string url, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            return Fail(url, url, Codes.FetchRefused, "Only http and https URLs are fetched.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            for (int hop = 0; hop <= _options.MaxRedirects; hop++)
            {
                if (!_options.AllowPrivateAddresses && IPAddress.TryParse(uri.Host.Trim('[', ']'), out var literal) && !IsPublic(literal))
                    return Fail(url, uri.ToString(), Codes.FetchRefused, $"{uri.Host} is a private or loopback address; allow private addresses to fetch it.");
                using var request = new HttpRequestMessage(HttpMethod.Get, uri);
                request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml;q=0.9,*/*;q=0.5");
                using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                int status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    var next = location.IsAbsoluteUri ? location : new Uri(uri, location);
                    if (next.Scheme != Uri.UriSchemeHttp && next.Scheme != Uri.UriSchemeHttps)
                        return Fail(url, next.ToString(), Codes.FetchRefused, "A redirect pointed outside http/https.");
                    uri = next;
                    continue;
                }

                if (response.Content.Headers.ContentLength > _options.MaxBytes)
                    return Fail(url, uri.ToString(), Codes.FetchFailed, $"The response is {response.Content.Headers.ContentLength:N0} bytes, over the {_options.MaxBytes:N0}-byte limit.");
                var (body, truncated) = await ReadCapped(response, timeout.Token).ConfigureAwait(false);
                var diags = ImmutableArray.CreateBuilder<Diagnostic>();
                if (truncated) diags.Add(Diagnostic.Warning(Codes.WebInputTruncated, $"The response was cut at {_options.MaxBytes:N0} bytes."));
                if (status is < 200 or >= 300) diags.Add(Diagnostic.Error(Codes.FetchFailed, $"The server answered HTTP {status}."));
                return new FetchResult(url, uri.ToString(), status, response.Content.Headers.ContentType?.ToString(), body, diags.ToImmutable());
            }

            return Fail(url, uri.ToString(), Codes.FetchFailed, $"More than {_options.MaxRedirects} redirects.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Fail(url, uri.ToString(), Codes.FetchFailed, $"No complete answer within {_options.Timeout.TotalSeconds:0} seconds.");
        }
        catch (HttpRequestException ex) when (ex.InnerException is RefusedAddressException refused)
        {
            return Fail(url, uri.ToString(), Codes.FetchRefused, refused.Message);
        }
        catch (HttpRequestException ex)
        {
            return Fail(url, uri.ToString(), Codes.FetchFailed, $"The request failed: {ex.Message}");
        }
    }

    /// <summary>Fetches a URL and reads it as a feed or a page, by content type and first bytes.</summary>
    public async Task<IReadOnlyList<Document>> FetchDocumentsAsync(string url, WebInputLimits? limits, CancellationToken cancellationToken)
    {
        var result = await FetchAsync(url, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return [new Document { Id = "", Source = url, Raw = "", Text = "", Diagnostics = result.Diagnostics }];
        }

        var type = result.ContentType ?? "";
        var feed = new FeedReader(limits);
        if (type.Contains("rss", StringComparison.OrdinalIgnoreCase) || type.Contains("atom", StringComparison.OrdinalIgnoreCase)
            || (type.Contains("xml", StringComparison.OrdinalIgnoreCase) && feed.CanRead(url, result.Body)))
        {
            return [.. feed.Read(result.FinalUrl, result.Body, cancellationToken)];
        }

        var charset = MediaTypeHeaderValue.TryParse(type, out var mt) ? mt.CharSet : null;
        var doc = new HtmlReader(limits).ReadPage(result.FinalUrl, result.Body, charset, result.FinalUrl);
        return [doc with { Diagnostics = result.Diagnostics.AddRange(doc.Diagnostics) }];
    }

    private async Task<(byte[] Body, bool Truncated)> ReadCapped(HttpResponseMessage response, CancellationToken ct)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        using var ms = new MemoryStream();
        var buffer = new byte[81920];
        while (true)
        {
            int n = await stream.ReadAsync(buffer, ct).ConfigureAwait(false);
            if (n == 0) return (ms.ToArray(), false);
            if (ms.Length + n > _options.MaxBytes)
            {
                ms.Write(buffer, 0, (int)(_options.MaxBytes - ms.Length));
                return (ms.ToArray(), true);
            }

            ms.Write(buffer, 0, n);
        }
    }

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, ct).ConfigureAwait(false);
        var allowed = _options.AllowPrivateAddresses ? addresses : [.. addresses.Where(IsPublic)];
        if (allowed.Length == 0)
            throw new RefusedAddressException($"{context.DnsEndPoint.Host} resolves only to private or loopback addresses; allow private addresses to fetch it.");
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, ct).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Whether an address is on the public internet (not loopback, private, link-local, CGNAT, multicast...).</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)) return false;
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return !(b[0] == 10 || b[0] == 127 || b[0] == 0 || (b[0] == 172 && b[1] >= 16 && b[1] <= 31) || (b[0] == 192 && b[1] == 168)
                || (b[0] == 169 && b[1] == 254) || (b[0] == 100 && b[1] >= 64 && b[1] <= 127) || b[0] >= 224);
        }

        return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal);
    }

    private static FetchResult Fail(string url, string finalUrl, string code, string message) =>
        new(url, finalUrl, 0, null, [], [Diagnostic.Error(code, message)]);

    private sealed class RefusedAddressException(string message) : IOException(message);
}
