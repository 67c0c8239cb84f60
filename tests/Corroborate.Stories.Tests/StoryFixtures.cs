using Corroborate.Model;
using Corroborate.Testing;
using Corroborate.Text;

namespace Corroborate.Stories.Tests;

/// <summary>Two invented reports of one invented event (a harbour dispute in the fictional state of Ostria).</summary>
internal static class StoryFixtures
{
    public const string SharedWording = "will not accept additional conditions on the harbour in our negotiating position";

    public static Document First()
    {
        var doc = DocMarkup.Parse(
            "Mayor [Lena Varga](PER#varga) spoke with Prime Minister [Tomas Brenner](PER#brenner) by phone on Tuesday about the harbour blockade in [Veltra](LOC#veltra). " +
            "The statement released by [Varga](PER#varga) said the city \"" + SharedWording + "\" and warned the blockade was hurting fishermen. " +
            "[Ostria](LOC#ostria) says more than 40 residents have died since the blockade of the harbour began. " +
            "Fishermen in [Veltra](LOC#veltra) have not left the harbour for three weeks, and food prices in the port city have doubled.",
            "d1",
            new SourceMetadata { Outlet = "Harbour Herald", Published = new PublishedDate(new DateValue(2024, 5, 14), DateMethod.Text) });
        var quoteAt = doc.Text.IndexOf(SharedWording, StringComparison.Ordinal);
        var speakerAt = doc.Text.IndexOf("The statement released by Varga", StringComparison.Ordinal);
        var figureAt = doc.Text.IndexOf("more than 40 residents have died", StringComparison.Ordinal);
        var tuesday = doc.Text.IndexOf("Tuesday", StringComparison.Ordinal);
        return doc with
        {
            Quotes =
            [
                new Quote
                {
                    Id = "q1", Kind = QuoteKind.Partial,
                    Span = new TextSpan(speakerAt, quoteAt + SharedWording.Length + 1),
                    Content = TextSpan.FromLength(quoteAt, SharedWording.Length),
                    Speaker = new Speaker(null, "The statement released by Varga", "The statement released by Varga", TextSpan.FromLength(speakerAt, 31)),
                },
            ],
            Quantities =
            [
                new Quantity
                {
                    Id = "n1", Span = TextSpan.FromLength(figureAt, 32), Value = 40, Low = 40, Hedge = "more than",
                    Object = "residents", Measure = "dead", Claimant = new Claimant(doc.Entities.First(e => e.Name == "Ostria").Id, "Ostria"),
                    AsOf = new DateValue(2024, 5, 14),
                },
            ],
            Dates = [new DateMention(TextSpan.FromLength(tuesday, 7), new DateValue(2024, 5, 14), DateKind.Relative)],
            Produced = doc.Produced.Add(Layers.Quotes).Add(Layers.Quantities).Add(Layers.Dates),
        };
    }

    public static Document Second(string id = "d2")
    {
        var wording = "will not accept additional conditions on [Veltra's] harbour in our negotiating position";
        var doc = DocMarkup.Parse(
            "[Brenner](PER#brenner) told [Varga](PER#varga) that his government \"" + wording.Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal) + "\", according to a readout of the call about the blockade. " +
            "The [Red Cross](ORG#rc) counts 31 residents killed in [Veltra](LOC#veltra) as of Monday, while fishermen remain stuck in the harbour. " +
            "Food prices in the port have doubled since the harbour blockade began.",
            id,
            new SourceMetadata { Outlet = "Coastal Daily" });
        var quoteAt = doc.Text.IndexOf(wording, StringComparison.Ordinal);
        var figureAt = doc.Text.IndexOf("31 residents killed", StringComparison.Ordinal);
        var brenner = doc.Entities.First(e => e.Name == "Brenner");
        return doc with
        {
            Quotes =
            [
                new Quote
                {
                    Id = "q1", Kind = QuoteKind.Partial,
                    Span = new TextSpan(0, quoteAt + wording.Length + 1),
                    Content = TextSpan.FromLength(quoteAt, wording.Length),
                    Speaker = new Speaker(brenner.Id, "Brenner", null, brenner.Mentions[0].Span),
                },
            ],
            Quantities =
            [
                new Quantity
                {
                    Id = "n1", Span = TextSpan.FromLength(figureAt, 19), Value = 31, Object = "residents", Measure = "dead",
                    Claimant = new Claimant(doc.Entities.First(e => e.Name == "Red Cross").Id, "Red Cross"),
                    AsOf = new DateValue(2024, 5, 13),
                },
            ],
            Produced = doc.Produced.Add(Layers.Quotes).Add(Layers.Quantities).Add(Layers.Dates),
        };
    }

    /// <summary>A report about something else entirely.</summary>
    public static Document Unrelated(string id = "d3") => DocMarkup.Parse(
        "The [National Orchestra](ORG#no) opened its winter season with a programme of piano concertos. " +
        "Conductor [Ilse Marten](PER#marten) said the violin section had rehearsed the symphony for months before the concert.",
        id,
        new SourceMetadata { Published = new PublishedDate(new DateValue(2024, 5, 14), DateMethod.Text) });
}
