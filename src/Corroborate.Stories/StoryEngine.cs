using System.Collections.Immutable;
using Corroborate.Model;

namespace Corroborate.Stories;

/// <summary>Placeholder until the corpus stages land: every document is returned, no stories are formed.</summary>
public static class StoryEngine
{
    public static AnalysisResult Build(IReadOnlyList<Document> documents, StoryOptions options, Func<Document, Document>? reanalyse = null, CancellationToken ct = default) =>
        new([.. documents], ImmutableArray<Model.Story>.Empty);
}
