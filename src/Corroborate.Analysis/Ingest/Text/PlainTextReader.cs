using Corroborate.Model;

namespace Corroborate.Analysis.Ingest.Text;

/// <summary>One article per input, read as text. The fallback reader: it accepts anything.</summary>
public sealed class PlainTextReader : IFormatReader
{
    public string Name => "text";

    public bool CanRead(string source, ReadOnlySpan<byte> head) => true;

    public IEnumerable<Document> Read(string source, byte[] bytes, CancellationToken cancellationToken)
    {
        var decoded = TextDecoder.Decode(bytes);
        var doc = Document.FromText("", source, decoded.Text ?? "");
        yield return decoded.Problem is { } problem ? doc.WithDiagnostic(problem) : doc;
    }
}
