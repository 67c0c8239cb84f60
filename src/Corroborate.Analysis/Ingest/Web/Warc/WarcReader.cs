using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Corroborate.Diagnostics;
using Corroborate.Model;

namespace Corroborate.Analysis.Ingest.Web.Warc;

/// <summary>
/// WARC and WARC.gz archives as news crawls write them (Common Crawl, wget --warc-file): each "response" record
/// whose HTTP payload is HTML becomes a page document; other records are skipped. Read as a stream, one record
/// at a time; a damaged record yields a diagnostic document and reading stops only if the framing is lost.
/// </summary>
public sealed class WarcReader(WebInputLimits? limits = null) : IStreamingFormatReader
{
    private readonly WebInputLimits _limits = limits ?? WebInputLimits.Default;

    public string Name => "warc";

    public bool CanRead(string source, ReadOnlySpan<byte> head)
    {
        var ext = WebSniff.Extension(source);
        if (ext is ".warc" or ".warc.gz") return true;
        return head.StartsWith("WARC/"u8);
    }

    public long MaxInputBytes => _limits.MaxDecompressedBytes;

    public IEnumerable<Document> Read(string source, byte[] bytes, CancellationToken cancellationToken) =>
        Read(source, new MemoryStream(bytes, writable: false), cancellationToken);

    /// <summary>Reads records from a WARC or WARC.gz stream (gzip members concatenated, as crawlers write them).</summary>
    public IEnumerable<Document> Read(string source, Stream stream, CancellationToken cancellationToken) =>
        ArchiveStreams.Records(source, stream, _limits, "records", input => ReadRecords(source, input, cancellationToken));

    private IEnumerable<Document> ReadRecords(string source, Stream stream, CancellationToken cancellationToken)
    {
        var input = new BufferedStream(stream, 1 << 16);
        var html = new HtmlReader(_limits);
        int index = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string? version;
            try
            {
                version = ReadLine(input);
                while (version is not null && version.Length == 0) version = ReadLine(input);
            }
            catch (InvalidDataException)
            {
                // Corrupt gzip framing: report below and stop; records already read stand.
                version = null;
                index = -1;
            }

            if (version is null)
            {
                if (index < 0) yield return Feeds.FeedReader.Rejected(source, Codes.CorruptCompressedInput, "The compressed archive is corrupt; the records before the damage were read.");
                yield break;
            }

            index++;
            if (!version.StartsWith("WARC/", StringComparison.Ordinal))
            {
                yield return Feeds.FeedReader.Rejected($"{source}#{index}", Codes.MalformedWarcRecord, $"Record {index} does not start with a WARC version line; reading stopped.");
                yield break;
            }

            var headers = ReadHeaders(input);
            long length = headers.TryGetValue("content-length", out var cl) && long.TryParse(cl, NumberStyles.None, CultureInfo.InvariantCulture, out var l) ? l : -1;
            if (length < 0)
            {
                yield return Feeds.FeedReader.Rejected($"{source}#{index}", Codes.MalformedWarcRecord, $"Record {index} has no Content-Length; reading stopped.");
                yield break;
            }

            var block = ReadBlock(input, length, _limits.MaxDecompressedBytes, out bool truncated);
            var type = headers.GetValueOrDefault("warc-type");
            var uri = headers.GetValueOrDefault("warc-target-uri")?.Trim('<', '>');
            if (type != "response" || block is null) continue;
            var (status, contentType, body) = SplitHttp(block);
            if (body is null || contentType is null || !contentType.Contains("html", StringComparison.OrdinalIgnoreCase) || status is < 200 or >= 300) continue;
            var doc = html.ReadPage(uri ?? $"{source}#{index}", body, Charset(contentType), uri);
            if (truncated)
            {
                doc = doc.WithDiagnostic(Diagnostic.Warning(Codes.WebInputTruncated, $"Record {index} is larger than {_limits.MaxDecompressedBytes:N0} bytes; it was cut."));
            }

            yield return doc;
        }
    }

    private static string? ReadLine(Stream s)
    {
        var sb = new StringBuilder();
        while (true)
        {
            int b = s.ReadByte();
            if (b < 0) return sb.Length == 0 ? null : sb.ToString();
            if (b == '\n') return sb.ToString().TrimEnd('\r');
            if (sb.Length > 64 * 1024) return sb.ToString();   // a header line this long is damage, not data
            sb.Append((char)b);
        }
    }

    private static Dictionary<string, string> ReadHeaders(Stream s)
    {
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < 1000; i++)
        {
            var line = ReadLine(s);
            if (string.IsNullOrEmpty(line)) break;
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0) headers[line[..colon].Trim().ToLowerInvariant()] = line[(colon + 1)..].Trim();
        }

        return headers;
    }

    private static byte[]? ReadBlock(Stream s, long length, long cap, out bool truncated)
    {
        truncated = length > cap;
        long keep = Math.Min(length, cap);
        var buffer = new byte[keep];
        int read = 0;
        while (read < keep)
        {
            int n = s.Read(buffer, read, (int)Math.Min(keep - read, 1 << 20));
            if (n == 0) return read == 0 ? null : buffer[..read];
            read += n;
        }

        // Skip what is over the cap without holding it in memory.
        var skip = new byte[81920];
        for (long rest = length - keep; rest > 0;)
        {
            int n = s.Read(skip, 0, (int)Math.Min(rest, skip.Length));
            if (n == 0) break;
            rest -= n;
        }

        return buffer;
    }

    /// <summary>Splits an HTTP response into status, Content-Type and body, undoing chunked transfer and gzip.</summary>
    internal static (int Status, string? ContentType, byte[]? Body) SplitHttp(byte[] block)
    {
        int headerEnd = block.AsSpan().IndexOf("\r\n\r\n"u8);
        int sep = 4;
        if (headerEnd < 0) { headerEnd = block.AsSpan().IndexOf("\n\n"u8); sep = 2; }
        if (headerEnd < 0) return (0, null, null);
        var head = Encoding.Latin1.GetString(block, 0, headerEnd).Split('\n');
        int status = 0;
        var parts = head[0].Split(' ', 3);
        if (parts.Length >= 2) int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out status);
        string? contentType = null, encoding = null, transfer = null;
        foreach (var h in head.Skip(1))
        {
            int c = h.IndexOf(':', StringComparison.Ordinal);
            if (c <= 0) continue;
            var name = h[..c].Trim().ToLowerInvariant();
            var value = h[(c + 1)..].Trim();
            if (name == "content-type") contentType = value;
            else if (name == "content-encoding") encoding = value.ToLowerInvariant();
            else if (name == "transfer-encoding") transfer = value.ToLowerInvariant();
        }

        var body = block[(headerEnd + sep)..];
        if (transfer?.Contains("chunked", StringComparison.Ordinal) == true) body = Dechunk(body);
        if (encoding is "gzip" or "x-gzip" && WebDecoding.IsGzip(body))
        {
            var diags = ImmutableArray.CreateBuilder<Diagnostic>();
            body = WebDecoding.Gunzip(body, WebInputLimits.Default.MaxDecompressedBytes, diags);
        }

        return (status, contentType, body);
    }

    private static byte[] Dechunk(byte[] body)
    {
        using var output = new MemoryStream();
        int i = 0;
        while (i < body.Length)
        {
            int nl = body.AsSpan(i).IndexOf((byte)'\n');
            if (nl < 0) break;
            var sizeText = Encoding.ASCII.GetString(body, i, nl).Trim().Split(';')[0];
            if (!int.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int size) || size <= 0) break;
            i += nl + 1;
            size = Math.Min(size, body.Length - i);
            output.Write(body, i, size);
            i += size;
            while (i < body.Length && (body[i] == '\r' || body[i] == '\n')) i++;
        }

        return output.ToArray();
    }

    private static string? Charset(string contentType)
    {
        int i = contentType.IndexOf("charset=", StringComparison.OrdinalIgnoreCase);
        return i < 0 ? null : contentType[(i + 8)..].Split(';')[0].Trim().Trim('"');
    }
}
