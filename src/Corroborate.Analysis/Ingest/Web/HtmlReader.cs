using System.Collections.Immutable;
using Corroborate.Analysis.Ingest.Web.Html;
using Corroborate.Diagnostics;
using Corroborate.Model;

namespace Corroborate.Analysis.Ingest.Web;

/// <summary>Reads one HTML page (optionally gzip-compressed) into one document.</summary>
public sealed class HtmlReader(WebInputLimits? limits = null) : IFormatReader
{
    private readonly WebInputLimits _limits = limits ?? WebInputLimits.Default;

    public string Name => "html";

    /// <summary>A page or feed may be as large as the decompressed-input limit (a 50 MB page stays whole).</summary>
    public long MaxInputBytes => _limits.MaxDecompressedBytes;

    public bool CanRead(string source, ReadOnlySpan<byte> head)
    {
        var ext = WebSniff.Extension(source);
        if (ext is ".html" or ".htm" or ".xhtml" or ".shtml") return true;
        if (WebDecoding.IsGzip(head)) return ext is ".html.gz" or ".htm.gz";
        return WebSniff.LooksLikeHtml(head);
    }

    public IEnumerable<Document> Read(string source, byte[] bytes, CancellationToken cancellationToken)
    {
        yield return ReadPage(source, bytes, httpCharset: null, url: WebSniff.UrlOf(source));
    }

    /// <summary>Reads page bytes as fetched or archived (HTTP charset known), for the feed, WARC and fetch paths.</summary>
    public Document ReadPage(string source, byte[] bytes, string? httpCharset, string? url)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        if (WebDecoding.IsGzip(bytes)) bytes = WebDecoding.Gunzip(bytes, _limits.MaxDecompressedBytes, diagnostics);
        if (bytes.Length == 0)
        {
            return new Document { Id = "", Source = source, Raw = "", Text = "", Diagnostics = [.. diagnostics, Diagnostic.Error(Codes.EmptyInput, "The page is empty.")] };
        }

        var html = WebDecoding.DecodeHtml(bytes, httpCharset, diagnostics);
        return HtmlExtractor.Extract(source, html, url, _limits, diagnostics);
    }
}
