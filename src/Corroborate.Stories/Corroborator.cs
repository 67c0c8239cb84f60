using System.Collections.Immutable;
using System.Globalization;
using Corroborate.Analysis;
using Corroborate.Model;
using Corroborate.Pipeline;

namespace Corroborate.Stories;

/// <summary>Everything a run can be asked for; hosts fill it from their flags.</summary>
public sealed record AnalyzeOptions
{
    public CleanMode Clean { get; init; } = CleanMode.Auto;

    /// <summary>Publication date for documents that do not state their own (--published).</summary>
    public DateValue? Published { get; init; }

    public StoryOptions Stories { get; init; } = new();

    /// <summary>Documents analysed at once; defaults to the number of cores.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;
}

/// <summary>
/// The engine's one entry point for hosts (CLI, server): per-document pipeline over every input, then the
/// stories across them. Pure: the same documents and options give the same result.
/// </summary>
public sealed class Corroborator
{
    /// <summary>Stages whose output depends on the publication date; rerun when a story supplies the date.</summary>
    private static readonly string[] DateDependentStages = ["dates", "quantities"];

    private readonly AnalyzeOptions _options;

    public Corroborator(AnalyzeOptions? options = null)
    {
        _options = options ?? new AnalyzeOptions();
        Pipeline = new PipelineBuilder().UseDefaults(_options.Clean).Build();
    }

    public Pipeline.Pipeline Pipeline { get; }

    /// <summary>Analyses one document read by a reader (its id is kept when set, else "d1").</summary>
    public Document AnalyzeDocument(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (_options.Published is { } published && document.Metadata.Published.Value is null)
        {
            document = document with
            {
                Metadata = document.Metadata with { Published = new PublishedDate(published, DateMethod.Metadata, "option:--published") },
            };
        }

        return Pipeline.Run(document, cancellationToken);
    }

    /// <summary>
    /// Analyses documents in parallel (order kept), numbering them d1, d2… in input order, then builds stories.
    /// <paramref name="progress"/> receives the count of documents analysed so far.
    /// </summary>
    public AnalysisResult Analyze(IEnumerable<Document> documents, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        int done = 0;
        var analysed = documents
            .Select((d, i) => d with { Id = "d" + (i + 1).ToString(CultureInfo.InvariantCulture) })
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Math.Max(1, _options.MaxParallelism))
            .WithCancellation(cancellationToken)
            .Select(d =>
            {
                var result = AnalyzeDocument(d, cancellationToken);
                progress?.Report(Interlocked.Increment(ref done));
                return result;
            })
            .ToImmutableArray();

        return StoryEngine.Build(analysed, _options.Stories, d => Reanalyse(d, cancellationToken), cancellationToken);
    }

    /// <summary>Re-runs the stages that depend on the publication date (after a story supplied one).</summary>
    public Document Reanalyse(Document document, CancellationToken cancellationToken = default) =>
        Pipeline.Rerun(document, DateDependentStages, cancellationToken);
}
