using System.Collections.Immutable;
using System.Text.Json;
using Corroborate.Analysis.Ingest.Web.Html;
using Corroborate.Diagnostics;
using Corroborate.Model;

namespace Corroborate.Analysis.Ingest.Web;

/// <summary>
/// JSON Lines, one article per line: <c>{id?, url?, title?, published?, outlet?, text|html}</c>. A "html" field
/// holding a whole page goes through page extraction, a fragment through fragment extraction; "text" is taken as
/// written. A malformed line yields a rejected document with CB3009 and the rest of the file is read.
/// </summary>
public sealed class JsonLinesReader(WebInputLimits? limits = null) : IFormatReader
{
    private readonly WebInputLimits _limits = limits ?? WebInputLimits.Default;

    public string Name => "jsonl";

    public bool CanRead(string source, ReadOnlySpan<byte> head)
    {
        var ext = WebSniff.Extension(source);
        if (ext is ".jsonl" or ".ndjson" or ".jsonl.gz") return true;
        var t = WebSniff.HeadText(head);
        int nl = t.IndexOf('\n', StringComparison.Ordinal);
        var first = nl < 0 ? t : t[..nl];
        return first.StartsWith('{') && first.TrimEnd().EndsWith('}') && first.Contains('"', StringComparison.Ordinal);
    }

    public IEnumerable<Document> Read(string source, byte[] bytes, CancellationToken cancellationToken)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        if (WebDecoding.IsGzip(bytes)) bytes = WebDecoding.Gunzip(bytes, _limits.MaxDecompressedBytes, diagnostics);
        var all = WebDecoding.DecodeText(bytes, diagnostics);
        int lineNo = 0;
        int start = 0;
        while (start < all.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int end = all.IndexOf('\n', start);
            if (end < 0) end = all.Length;
            var line = all.AsSpan(start, end - start).Trim();
            start = end + 1;
            lineNo++;
            if (line.IsEmpty) continue;
            yield return ReadLine($"{source}#{lineNo}", line.ToString(), lineNo);
        }
    }

    private Document ReadLine(string source, string line, int lineNo)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException ex)
        {
            return Feeds.FeedReader.Rejected(source, Codes.MalformedJsonLine, $"Line {lineNo} is not valid JSON ({ex.Message}).");
        }

        using (json)
        {
            var o = json.RootElement;
            if (o.ValueKind != JsonValueKind.Object)
                return Feeds.FeedReader.Rejected(source, Codes.MalformedJsonLine, $"Line {lineNo} is not a JSON object.");
            string? Get(string name) => o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var url = Get("url");
            var html = Get("html");
            var text = Get("text");
            Document doc;
            if (!string.IsNullOrEmpty(html))
            {
                bool page = html.Contains("<body", StringComparison.OrdinalIgnoreCase) || html.Contains("<html", StringComparison.OrdinalIgnoreCase);
                doc = page ? HtmlExtractor.Extract(url ?? source, html, url, _limits) : HtmlExtractor.ExtractFragment(url ?? source, html, url, _limits);
            }
            else if (!string.IsNullOrEmpty(text))
            {
                doc = Document.FromText("", url ?? source, text);
            }
            else
            {
                return Feeds.FeedReader.Rejected(source, Codes.MalformedJsonLine, $"Line {lineNo} has neither \"text\" nor \"html\".");
            }

            var md = doc.Metadata;
            var signals = md.Signals;
            if (Get("title") is { } title) { md = md with { Title = title }; signals = signals.SetItem("title", "jsonl"); }
            if (Get("outlet") is { } outlet) { md = md with { Outlet = outlet }; signals = signals.SetItem("outlet", "jsonl"); }
            if (url is not null) { md = md with { Url = url }; signals = signals.SetItem("url", "jsonl"); }
            if (DateParsing.Metadata(Get("published")) is { } d)
            {
                md = md with { Published = new PublishedDate(d, DateMethod.Metadata, "jsonl") };
                signals = signals.SetItem("published", "jsonl");
            }

            return doc with { Metadata = md with { Signals = signals } };
        }
    }
}
