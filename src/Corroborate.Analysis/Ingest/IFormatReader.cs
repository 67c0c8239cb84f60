using Corroborate.Analysis.Ingest.Text;
using Corroborate.Model;

namespace Corroborate.Analysis.Ingest;

/// <summary>
/// Turns the bytes of one input (a file, stdin, a fetched URL) into documents. One input may hold many
/// documents (a feed, a JSON Lines file, a WARC archive). A reader never throws on bad input: it yields a
/// rejected document carrying a diagnostic (see <see cref="Document.IsRejected"/>), and the batch goes on.
/// Readers leave <see cref="Document.Id"/> empty; the engine numbers documents in input order.
/// </summary>
public interface IFormatReader
{
    /// <summary>A short name for --format-in and diagnostics: "text", "html", "rss", "jsonl", "warc".</summary>
    string Name { get; }

    /// <summary>
    /// The largest input (bytes, as stored) this reader takes whole into memory; larger files are refused with
    /// CB1005. One article as plain text stays well under the default; a web page may be larger.
    /// </summary>
    long MaxInputBytes => TextDecoder.MaxBytes;

    /// <summary>Whether this reader recognises the input, from its name and its first bytes.</summary>
    bool CanRead(string source, ReadOnlySpan<byte> head);

    IEnumerable<Document> Read(string source, byte[] bytes, CancellationToken cancellationToken);
}

/// <summary>
/// A reader for containers of many documents (WARC archives, JSON Lines) that reads a file as a stream, one
/// record at a time, so an archive of any size is read in bounded memory; each record has its own limit.
/// </summary>
public interface IStreamingFormatReader : IFormatReader
{
    /// <summary>Reads records from <paramref name="stream"/> (gzip-compressed or not; the reader checks).</summary>
    IEnumerable<Document> Read(string source, Stream stream, CancellationToken cancellationToken);
}
