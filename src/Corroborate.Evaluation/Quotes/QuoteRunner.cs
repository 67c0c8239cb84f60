using Corroborate.Analysis;
using Corroborate.Analysis.Quotes;
using Corroborate.Model;
using Corroborate.Pipeline;

namespace Corroborate.Evaluation.Quotes;

/// <summary>
/// Runs the standard pipeline over an evaluation text and returns its quotes. Until the default pipeline
/// carries entities and quotes, an empty entity layer stands in and the quote stage runs on its own name scan,
/// so the figures measure the stage as it degrades; once wired, the same call measures the full pipeline.
/// </summary>
public sealed class QuoteRunner
{
    private readonly Corroborate.Pipeline.Pipeline _pipeline = new PipelineBuilder().UseDefaults(CleanMode.None).Build();
    private readonly QuotesStage _stage = new();

    public Document Run(string id, string text)
    {
        var doc = _pipeline.Run(Document.FromText(id, id, text));
        if (doc.Has(Layers.Quotes)) return doc;
        if (!doc.Has(Layers.Entities)) doc = doc with { Produced = doc.Produced.Add(Layers.Entities) };
        return _stage.Annotate(doc, CancellationToken.None);
    }
}
