using Corroborate.Analysis.Quotes;
using Corroborate.Model;
using Corroborate.Testing;

namespace Corroborate.Analysis.Tests.Quotes;

public sealed class QuotesStageTests
{
    private static Document Run(string markup)
    {
        var doc = new QuotesStage().Annotate(DocMarkup.Parse(markup), CancellationToken.None);
        DocumentAssert.WellFormed(doc);
        return doc;
    }

    private static Quote QuoteOf(Document doc, string contentStart) =>
        doc.Quotes.First(q => doc.Slice(q.Content).StartsWith(contentStart, StringComparison.Ordinal));

    [Fact]
    public void Direct_AttributionAfterQuote_NamesSpeaker()
    {
        var doc = Run("“We will rebuild the bridge before winter,” [Anna Berg](PER#a) said on Monday.");
        var q = QuoteOf(doc, "We will rebuild");
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("Anna Berg", q.Speaker!.Name);
        Assert.Equal("said", q.Cue);
        Assert.Equal("We will rebuild the bridge before winter", doc.Slice(q.Content));
    }

    [Fact]
    public void Direct_UnnamedDescription_KeepsDescriptionAndTiedEntity()
    {
        var doc = Run("[Anna Berg](PER#a) left early. “There is nothing more to discuss,” an aide to [Berg](PER#a) said.");
        var speaker = QuoteOf(doc, "There is nothing").Speaker!;
        Assert.Equal("an aide to Berg", speaker.Description);
        Assert.Equal(doc.Entities.Single(e => e.Name == "Anna Berg").Id, speaker.EntityId);
    }

    [Fact]
    public void Direct_ColonLed_AttributionBefore()
    {
        var doc = Run("[Tomas Lind](PER#t) told the committee: “The budget is not enough for the repairs.”");
        Assert.Equal("Tomas Lind", QuoteOf(doc, "The budget").Speaker!.Name);
    }

    [Fact]
    public void Direct_FollowingQuoteWithoutCue_ContinuesSpeaker()
    {
        var doc = Run("\"It is too early to say,\" [Paula Chen](PER#p) said. \"But we are not ruling anything out at all.\"");
        Assert.Equal("Paula Chen", QuoteOf(doc, "But we are").Speaker!.Name);
    }

    [Fact]
    public void Partial_InsideReportedSentence_WithChannel()
    {
        var doc = Run("[Anna Berg](PER#a), in a tweet, said the plan was a “grave error” for the region.");
        var q = QuoteOf(doc, "grave error");
        Assert.Equal(QuoteKind.Partial, q.Kind);
        Assert.Equal("Anna Berg", q.Speaker!.Name);
        Assert.Equal("tweet", q.Channel);
    }

    [Fact]
    public void ScareQuote_WithoutCue_IsNotAQuote()
    {
        var doc = Run("The so-called “peace plan” was published in March.");
        Assert.Empty(doc.Quotes);
    }

    [Fact]
    public void Indirect_EstimatesThat_BoundsContentToClause()
    {
        var doc = Run("[Norway](LOC#n) estimates that 40 people have died, with the [Red Cross](ORG#r) estimating that 90 were hurt.");
        var first = QuoteOf(doc, "40 people");
        Assert.Equal("40 people have died", doc.Slice(first.Content));
        Assert.Equal("Norway", first.Speaker!.Name);
        Assert.Equal("Red Cross", QuoteOf(doc, "90 were").Speaker!.Name);
    }

    [Fact]
    public void Indirect_AccordingToPersonWithTitle_SkipsApposition()
    {
        var doc = Run("According to [Maria Lopez](PER#m), head of the agency, 300 homes were damaged.");
        var q = QuoteOf(doc, "300 homes");
        Assert.Equal("Maria Lopez", q.Speaker!.Name);
        Assert.Equal("according to", q.Cue);
    }

    [Fact]
    public void Indirect_MediaRelay_BecomesVia()
    {
        var doc = Run("[Anna Berg](PER#a) is expected to resign next week, [Reuters](ORG#r) reported.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("Anna Berg", q.Speaker!.Name);
        Assert.Equal("Reuters", q.Via);
    }

    [Fact]
    public void Pronoun_ResolvesToNearestPerson()
    {
        var doc = Run("[Anna Berg](PER#a) visited the site. “The damage is far worse than we feared,” she said.");
        Assert.Equal("Anna Berg", QuoteOf(doc, "The damage").Speaker!.Name);
    }
}
