using System.Collections.Immutable;
using Corroborate.Analysis.Dates;
using Corroborate.Model;
using Corroborate.Testing;

namespace Corroborate.Analysis.Tests.Dates;

/// <summary>Documents published on a given day, run through the date stage, invariants checked.</summary>
internal static class DateFixtures
{
    /// <summary>Metadata with <paramref name="published"/> (YYYY-MM-DD) as the publication date read from metadata.</summary>
    public static SourceMetadata PublishedOn(string? published) => published is null ? new SourceMetadata()
        : new SourceMetadata { Published = new PublishedDate(DateValue.TryParse(published, out var p) ? p : null, DateMethod.Metadata) };

    public static Document Run(string text, string? published = null, ImmutableArray<Removal> removed = default)
    {
        var doc = DocMarkup.Parse(text, metadata: PublishedOn(published));
        if (!removed.IsDefault) doc = doc with { Removed = removed };
        doc = new DatesStage().Annotate(doc, CancellationToken.None);
        DocumentAssert.WellFormed(doc);
        return doc;
    }

    /// <summary>The normalised value of the one date written exactly as <paramref name="written"/>.</summary>
    public static string Value(Document doc, string written) =>
        doc.Dates.Single(d => doc.Slice(d.Span) == written).Value.ToString();
}
