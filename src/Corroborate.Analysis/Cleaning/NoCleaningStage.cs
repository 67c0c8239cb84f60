using Corroborate.Model;
using Corroborate.Pipeline;

namespace Corroborate.Analysis.Cleaning;

/// <summary>Freezes the text exactly as given (<c>--clean none</c>): byte-for-byte, no removals.</summary>
public sealed class NoCleaningStage : IAnnotator
{
    public StageInfo Info { get; } = new("clean", 1, [], [Layers.CleanText]);

    public Document Annotate(Document document, CancellationToken cancellationToken) => document;
}
