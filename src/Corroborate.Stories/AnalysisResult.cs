using System.Collections.Immutable;
using Corroborate.Model;
using Corroborate.Stories.Model;

namespace Corroborate.Stories;

/// <summary>What one run produces: the analysed documents and the stories across them (the JSON contract's root).</summary>
public sealed record AnalysisResult(ImmutableArray<Document> Documents, ImmutableArray<Story> Stories);

/// <summary>Options for the corpus stages.</summary>
public sealed record StoryOptions
{
    /// <summary>Cap on the summary's length in words (--summary-words).</summary>
    public int SummaryWords { get; init; } = 120;

    /// <summary>Jaccard over 5-word shingles from which a document counts as a copy (see NearDuplicateIndex).</summary>
    public double DuplicateThreshold { get; init; } = 0.5;

    /// <summary>Weights and thresholds of the story clusterer.</summary>
    public Clustering.StoryClusterOptions Clustering { get; init; } = new();
}
