using Corroborate.Analysis.Cleaning;
using Corroborate.Analysis.Dates;
using Corroborate.Analysis.Entities;
using Corroborate.Analysis.Quantities;
using Corroborate.Analysis.Quotes;
using Corroborate.Analysis.Segmentation;
using Corroborate.Pipeline;

namespace Corroborate.Analysis;

public enum CleanMode
{
    Auto,
    None,
}

/// <summary>The per-document stages in their standard order.</summary>
public static class PipelineDefaults
{
    public static PipelineBuilder UseDefaults(this PipelineBuilder builder, CleanMode clean = CleanMode.Auto)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .Use(clean == CleanMode.None ? new NoCleaningStage() : new CleaningStage())
            .Use(new SegmentationStage())
            .Use(new EntitiesStage())
            .Use(new DatesStage())
            .Use(new QuotesStage())
            .Use(new QuantitiesStage());
    }
}
