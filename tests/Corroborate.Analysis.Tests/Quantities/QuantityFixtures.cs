using Corroborate.Analysis.Dates;
using Corroborate.Analysis.Quantities;
using Corroborate.Analysis.Quotes;
using Corroborate.Analysis.Tests.Dates;
using Corroborate.Model;
using Corroborate.Testing;

namespace Corroborate.Analysis.Tests.Quantities;

/// <summary>Marked-up text run through the stages quantities need (entities come from the markup).</summary>
internal static class QuantityFixtures
{
    public static Document Run(string markup, string published = "2022-03-03")
    {
        var doc = DocMarkup.Parse(markup, metadata: DateFixtures.PublishedOn(published));
        doc = doc with { Produced = doc.Produced.Add(Layers.Entities) };
        doc = new DatesStage().Annotate(doc, CancellationToken.None);
        doc = new QuotesStage().Annotate(doc, CancellationToken.None);
        doc = new QuantitiesStage().Annotate(doc, CancellationToken.None);
        DocumentAssert.WellFormed(doc);
        return doc;
    }
}
