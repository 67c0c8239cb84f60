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

    /// <summary>Whether this reader recognises the input, from its name and its first bytes.</summary>
    bool CanRead(string source, ReadOnlySpan<byte> head);

    IEnumerable<Document> Read(string source, byte[] bytes, CancellationToken cancellationToken);
}
