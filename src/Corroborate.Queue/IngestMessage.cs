using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Corroborate.Diagnostics;
using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Queue;

/// <summary>A message read back from the queue: the input document, or why it could not be read.</summary>
public sealed record DecodedMessage(Document? Document, Diagnostic? Problem);

/// <summary>
/// The queue's message format: one input document as read by the API (source, cleaned text, reader metadata, what
/// the reader removed as boilerplate, and its diagnostics), as versioned JSON. The raw bytes and their offset map
/// stay behind, as they do in the store, which keeps and re-analyses the text alone; so a queued document is stored
/// as an in-process one is, except that boilerplate the cleaning stage finds in an HTML page is located in the text
/// rather than in the page.
/// </summary>
public static class IngestMessage
{
    /// <summary>Bump when the payload changes shape; a worker refuses versions it does not know (dead-lettered).</summary>
    public const int Version = 1;

    public const string ContentType = "application/vnd.corroborate.ingest+json";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private sealed record Payload(int V, string? Source, string? Text, SourceMetadata? Metadata, ImmutableArray<Cut>? Removed, ImmutableArray<Note>? Diagnostics);

    private sealed record Cut(RemovalKind Kind, string Text, int RawStart, int RawEnd);

    private sealed record Note(string Code, Severity Severity, string Message);

    public static byte[] Encode(Document input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var notes = input.Diagnostics.Select(d => new Note(d.Code, d.Severity, d.Message)).ToImmutableArray();
        var removed = input.Removed.Select(r => new Cut(r.Kind, r.Text, r.RawSpan.Start, r.RawSpan.End)).ToImmutableArray();
        return JsonSerializer.SerializeToUtf8Bytes(new Payload(Version, input.Source, input.Text, input.Metadata, removed, notes), Options);
    }

    public static DecodedMessage Decode(ReadOnlySpan<byte> body)
    {
        Payload? p;
        try
        {
            p = JsonSerializer.Deserialize<Payload>(body, Options);
        }
        catch (JsonException ex)
        {
            return Malformed("it is not a Corroborate ingest message (" + ex.Message + ")");
        }

        if (p is null) return Malformed("it is empty (JSON null)");
        if (p.V != Version) return Malformed($"its format version is {p.V}; this worker reads version {Version} (run a worker of the same release as the server)");
        if (p.Source is null || p.Text is null) return Malformed("it has no source or no text");
        var removed = p.Removed ?? [];
        if (removed.Any(r => r.Text is null || r.RawStart < 0 || r.RawEnd < r.RawStart)) return Malformed("a removed passage has no text or a bad range");
        var notes = p.Diagnostics ?? [];
        if (notes.Any(n => n.Code is null || n.Message is null)) return Malformed("a diagnostic has no code or no message");
        var doc = Document.FromText("queued", p.Source, p.Text, p.Metadata) with
        {
            Removed = [.. removed.Select(r => new Removal(r.Kind, r.Text, new TextSpan(r.RawStart, r.RawEnd)))],
            Diagnostics = [.. notes.Select(n => new Diagnostic(n.Code, n.Severity, n.Message))],
        };
        return new DecodedMessage(doc, null);
    }

    private static DecodedMessage Malformed(string why) =>
        new(null, Diagnostic.Error(Codes.MalformedQueueMessage, $"The queued message cannot be read: {why}. It was moved to the dead-letter queue."));
}
