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
public sealed class JsonLinesReader(WebInputLimits? limits = null) : IStreamingFormatReader
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

    public long MaxInputBytes => _limits.MaxDecompressedBytes;

    public IEnumerable<Document> Read(string source, byte[] bytes, CancellationToken cancellationToken) =>
        Read(source, new MemoryStream(bytes, writable: false), cancellationToken);

    /// <summary>
    /// Reads a (possibly gzip-compressed) JSON Lines stream one line at a time, so a file of any size is read in
    /// bounded memory. Each line is decoded on its own (UTF-8, else Windows-1252 with a diagnostic), and a line
    /// longer than the one-page limit is skipped with CB3009.
    /// </summary>
    public IEnumerable<Document> Read(string source, Stream stream, CancellationToken cancellationToken) =>
        ArchiveStreams.Records(source, stream, _limits, "lines", input => ReadLines(source, input, cancellationToken));

    private IEnumerable<Document> ReadLines(string source, Stream input, CancellationToken cancellationToken)
    {
        var buffered = new BufferedStream(input, 1 << 16);
        var line = new MemoryStream();
        int lineNo = 0;
        bool tooLong = false, corrupt = false;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int b = corrupt ? -1 : ReadByte(buffered, out corrupt);
            if (b >= 0 && b != '\n')
            {
                if (line.Length < _limits.MaxDecompressedBytes) line.WriteByte((byte)b);
                else tooLong = true;
                continue;
            }

            if (b < 0 && line.Length == 0 && !tooLong) break;
            lineNo++;
            if (tooLong)
            {
                yield return Feeds.FeedReader.Rejected($"{source}#{lineNo}", Codes.MalformedJsonLine,
                    $"Line {lineNo} is longer than {_limits.MaxDecompressedBytes:N0} bytes; it was skipped.");
            }
            else if (Decode(line, lineNo == 1) is { Text.Length: > 0 } decoded)
            {
                var doc = ReadLine($"{source}#{lineNo}", decoded.Text, lineNo);
                yield return decoded.Warning is { } w ? doc.WithDiagnostic(w) : doc;
            }

            line.SetLength(0);
            tooLong = false;
            if (b < 0) break;
        }

        if (corrupt)
        {
            yield return Feeds.FeedReader.Rejected(source, Codes.CorruptCompressedInput,
                $"The compressed file is corrupt after line {lineNo}; the lines before the damage were read.");
        }
    }

    private static int ReadByte(Stream s, out bool corrupt)
    {
        corrupt = false;
        try
        {
            return s.ReadByte();
        }
        catch (InvalidDataException)
        {
            corrupt = true;
            return -1;
        }
    }

    /// <summary>One line's text, trimmed (a byte-order mark on the first line dropped), and how it was decoded.</summary>
    private static (string Text, Diagnostic? Warning) Decode(MemoryStream line, bool first)
    {
        var bytes = line.GetBuffer().AsSpan(0, (int)line.Length);
        if (first && bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var text = WebDecoding.DecodeText(bytes.ToArray(), diagnostics).Trim();
        return (text, diagnostics.Count > 0 ? diagnostics[0] : null);
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
