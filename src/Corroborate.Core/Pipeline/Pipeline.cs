using System.Collections.Immutable;
using Corroborate.Diagnostics;
using Corroborate.Model;

namespace Corroborate.Pipeline;

/// <summary>
/// A frozen, thread-safe sequence of stages. A stage that fails records a diagnostic; the stages that need
/// what it would have produced are skipped, and the document carries on.
/// </summary>
public sealed class Pipeline
{
    internal Pipeline(ImmutableArray<IAnnotator> stages) => Stages = stages;

    public ImmutableArray<IAnnotator> Stages { get; }

    public Document Run(Document document, CancellationToken cancellationToken = default)
    {
        if (document.IsRejected) return document;
        foreach (var stage in Stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var missing = stage.Info.Requires.Where(r => !document.Has(r)).ToArray();
            if (missing.Length > 0)
            {
                document = document.WithDiagnostic(Diagnostic.Warning(
                    Codes.StageSkipped,
                    $"Stage {stage.Info} skipped: an earlier stage did not produce {string.Join(", ", missing)}."));
                continue;
            }

            document = RunStage(stage, document, cancellationToken);
        }

        return document;
    }

    /// <summary>
    /// Runs again, in pipeline order, the named stages and every later stage that needs what they produce
    /// (e.g. after the publication date of a document changed: "dates" and what depends on dates).
    /// </summary>
    public Document Rerun(Document document, IReadOnlyCollection<string> stageNames, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stageNames);
        if (document.IsRejected) return document;
        var dirty = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stage in Stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            bool selected = stageNames.Contains(stage.Info.Name) || stage.Info.Requires.Any(dirty.Contains);
            if (!selected || stage.Info.Requires.Any(r => !document.Has(r))) continue;
            document = RunStage(stage, document, cancellationToken);
            dirty.UnionWith(stage.Info.Produces);
        }

        return document;
    }

    private static Document RunStage(IAnnotator stage, Document document, CancellationToken cancellationToken)
    {
        try
        {
            var result = stage.Annotate(document, cancellationToken);
            return result with { Produced = result.Produced.Union(stage.Info.Produces) };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A stage bug must not lose the rest of the batch; it becomes a reported diagnostic.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return document.WithDiagnostic(Diagnostic.Error(
                Codes.StageFailed,
                $"Stage {stage.Info} failed on this document ({ex.GetType().Name}: {ex.Message}). " +
                "Its layers are missing; please report this input."));
        }
    }
}

/// <summary>Collects stages and freezes them into a <see cref="Pipeline"/>; rejects a stage whose needs are unmet.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IAnnotator> _stages = [];

    public PipelineBuilder Use(IAnnotator stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Add(stage);
        return this;
    }

    /// <summary>Replaces the stage with the same name, keeping its place in the order.</summary>
    public PipelineBuilder Replace(IAnnotator stage)
    {
        int index = _stages.FindIndex(s => s.Info.Name == stage.Info.Name);
        if (index < 0) throw new InvalidOperationException($"No stage named {stage.Info.Name} to replace.");
        _stages[index] = stage;
        return this;
    }

    public PipelineBuilder Remove(string name)
    {
        _stages.RemoveAll(s => s.Info.Name == name);
        return this;
    }

    public Pipeline Build()
    {
        var available = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stage in _stages)
        {
            var missing = stage.Info.Requires.Where(r => !available.Contains(r)).ToArray();
            if (missing.Length > 0)
            {
                throw new InvalidOperationException(
                    $"Stage {stage.Info} requires {string.Join(", ", missing)}, which no earlier stage produces.");
            }

            available.UnionWith(stage.Info.Produces);
        }

        return new Pipeline([.. _stages]);
    }
}
