using System.Text;
using System.Text.Json;
using Corroborate.Analysis.Ingest;
using Corroborate.Analysis.Ingest.Web.Fetch;
using Corroborate.Diagnostics;
using Corroborate.Model;
using Corroborate.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Corroborate.Server.Api;

/// <summary>
/// POST /api/documents: an article (text/plain, text/html), a feed (RSS/Atom XML), JSON Lines
/// (application/x-ndjson: <c>{id?, url?, title?, published?, outlet?, text|html}</c> per line), a JSON object or
/// array of such objects, or <c>{"url": "..."}</c> to fetch a page or feed. One transaction per request; with a
/// broker (serve --broker) the documents read are queued for a worker instead (202, see <see cref="QueuedWrites"/>).
/// </summary>
internal static class WriteApi
{
    public const string ApiKeyHeader = "X-Api-Key";

    public static void Map(WebApplication app)
    {
        app.MapPost("/api/documents", Ingest)
            .WithTags("write")
            .WithSummary("Ingest articles, feeds, JSON Lines or a URL; returns what became of each input.")
            .WithDescription("Body: text/plain, text/html, RSS/Atom XML, application/x-ndjson, a JSON object or array " +
                "{text|html, title?, url?, published?, outlet?}, or {\"url\": ...} to fetch. Any other type is sniffed from its bytes.")
            .AddEndpointFilter(async (ctx, next) =>
            {
                var settings = ctx.HttpContext.RequestServices.GetRequiredService<ServerSettings>();
                return settings.KeyMatches(ctx.HttpContext.Request.Headers[ApiKeyHeader].FirstOrDefault())
                    ? await next(ctx).ConfigureAwait(false)
                    : Problems.Of(StatusCodes.Status401Unauthorized, Diagnostics.Codes.ApiKeyRequired, $"This server needs the {ApiKeyHeader} header on writes.");
            });
    }

    private static async Task<IResult> Ingest(HttpContext http, Newsroom room, ServerSettings settings, StoryRefresher refresher, QueuedIngest queue, string? name, CancellationToken ct)
    {
        var body = await ReadBody(http, ct).ConfigureAwait(false);
        if (body is null)
        {
            return Problems.Of(StatusCodes.Status413PayloadTooLarge, Diagnostics.Codes.RequestTooLarge,
                $"The request body is over {ServerSettings.MaxRequestBytes / (1024 * 1024)} MB.");
        }

        if (body.Length == 0) return Problems.BadRequest("The request body is empty: send an article, a feed, JSON Lines or {\"url\": ...}.");
        var type = http.Request.ContentType?.Split(';')[0].Trim().ToLowerInvariant() ?? "";
        List<Document> inputs;
        if (type is "application/json" or "text/json")
        {
            var (docs, problem) = await FromJson(body, settings, ct).ConfigureAwait(false);
            if (problem is not null) return problem;
            inputs = docs!;
        }
        else
        {
            var source = SourceName(name, type);
            inputs = [.. InputCollector.FromBytes(source, body, InputCollector.DefaultReaders, ct)];
        }

        if (queue.Publisher is { } publisher) return await QueuedWrites.Publish(publisher, inputs, ct).ConfigureAwait(false);
        var report = await Task.Run(() => room.Ingest(inputs, ct), ct).ConfigureAwait(false);
        if (report.Added > 0) refresher.Wake();
        var response = IngestResponse.From(report);
        if (report.Items.Length > 0 && report.Rejected == report.Items.Length)
        {
            return NothingReadable(report.Items[0].Diagnostics.FirstOrDefault(), response.Items);
        }

        return report.Added > 0 ? TypedResults.Json(response, statusCode: StatusCodes.Status201Created) : TypedResults.Ok(response);
    }

    /// <summary>422 when every input was rejected, with the first one's code and what became of each.</summary>
    internal static IResult NothingReadable(Diagnostic? first, object items) =>
        Problems.Of(StatusCodes.Status422UnprocessableEntity, first?.Code ?? Diagnostics.Codes.BadRequest,
            "No input could be read: " + (first?.Message ?? "nothing found."), new Dictionary<string, object?> { ["items"] = items });

    /// <summary>The body, or null when it is over the limit (Kestrel enforces it too; TestServer does not).</summary>
    private static async Task<byte[]?> ReadBody(HttpContext http, CancellationToken ct)
    {
        if (http.Request.ContentLength > ServerSettings.MaxRequestBytes) return null;
        using var ms = new MemoryStream();
        var buffer = new byte[81920];
        try
        {
            int n;
            while ((n = await http.Request.Body.ReadAsync(buffer, ct).ConfigureAwait(false)) > 0)
            {
                if (ms.Length + n > ServerSettings.MaxRequestBytes) return null;
                ms.Write(buffer, 0, n);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        return ms.ToArray();
    }

    /// <summary>A name whose extension picks the reader (the reader still checks the bytes).</summary>
    private static string SourceName(string? name, string type)
    {
        var safe = string.IsNullOrWhiteSpace(name) ? "upload" : new string([.. name.Trim().Take(200).Where(c => !char.IsControl(c))]);
        if (Path.HasExtension(safe)) return safe;
        return safe + type switch
        {
            "text/html" or "application/xhtml+xml" => ".html",
            "application/rss+xml" or "application/atom+xml" or "application/xml" or "text/xml" => ".xml",
            "application/x-ndjson" or "application/jsonl" or "application/x-jsonlines" => ".jsonl",
            "application/warc" => ".warc",
            "text/plain" => ".txt",
            _ => "",
        };
    }

    /// <summary>JSON: <c>{"url": ...}</c> is fetched; an object or an array of objects is read as JSON Lines.</summary>
    private static async Task<(List<Document>? Docs, IResult? Problem)> FromJson(byte[] body, ServerSettings settings, CancellationToken ct)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            return (null, Problems.BadRequest("The body is not valid JSON: " + ex.Message));
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("url", out var url) && url.ValueKind == JsonValueKind.String
                && !root.TryGetProperty("text", out _) && !root.TryGetProperty("html", out _))
            {
                using var fetcher = new WebFetcher(new FetchOptions { AllowPrivateAddresses = settings.AllowPrivateUrls });
                return ([.. await fetcher.FetchDocumentsAsync(url.GetString()!, null, ct).ConfigureAwait(false)], null);
            }

            var items = root.ValueKind switch
            {
                JsonValueKind.Object => [root],
                JsonValueKind.Array => root.EnumerateArray().ToList(),
                _ => [],
            };
            if (items.Count == 0 || items.Any(i => i.ValueKind != JsonValueKind.Object))
            {
                return (null, Problems.BadRequest("Send a JSON object {text|html, title?, url?, published?, outlet?}, an array of them, or {\"url\": ...}."));
            }

            var lines = new StringBuilder();
            foreach (var item in items) lines.Append(item.GetRawText().ReplaceLineEndings(" ")).Append('\n');
            return ([.. InputCollector.FromBytes("upload.jsonl", Encoding.UTF8.GetBytes(lines.ToString()), InputCollector.DefaultReaders, ct)], null);
        }
    }
}
