using Corroborate.Analysis.Entities.Tagging;

namespace Corroborate.Analysis.Tests.Entities;

/// <summary>Whole-name evidence for the tagger's second pass, on sentences written for these tests.</summary>
public sealed class SpanEvidenceTests
{
    private const int Org = 1, Per = 0;

    // BILOU tag ids as NerTags numbers them: 1 + type * 4 + position (B, I, L, U).
    private static int Tag(int type, int position) => 1 + type * 4 + position;

    private static FeatureExtractor.Sentence View(string sentence) => new(sentence.Split(' '));

    [Fact]
    public void SpanEvidence_GivesShortFormTheTypeOfTheLongerName_WhenAFullNameContainsIt()
    {
        var context = new DocumentContext();
        var full = View("Shares in Kestrel Holdings rose");
        var shortForm = View("Kestrel said profits rose");
        context.AddTags(full, [0, 0, Tag(Org, 0), Tag(Org, 2), 0]);
        context.AddTags(shortForm, [Tag(Per, 3), 0, 0, 0]);

        var evidence = context.SpanEvidence(shortForm);

        Assert.Equal(Org | 3 << 8, evidence[0]); // one-word run (U), only ever inside an organisation
        Assert.All(evidence[1..], e => Assert.Equal(DocumentContext.NoEvidence, e));
    }

    [Fact]
    public void SpanEvidence_MarksNoContainingName_WhenTheRunIsTheLongestName()
    {
        var context = new DocumentContext();
        var full = View("Shares in Kestrel Holdings rose");
        context.AddTags(full, [0, 0, Tag(Org, 0), Tag(Org, 2), 0]);

        var evidence = context.SpanEvidence(full);

        Assert.Equal(4 | 3 << 8, evidence[0]); // "Shares" is a one-word run inside no name
        Assert.Equal(DocumentContext.NoEvidence, evidence[1]); // "in" is in no run
        Assert.Equal(4 | 0 << 8, evidence[2]); // B of the run "Kestrel Holdings", which no longer name contains
        Assert.Equal(4 | 2 << 8, evidence[3]);
    }

    [Fact]
    public void SpanEvidence_FlagsDisagreement_WhenContainingNamesDifferInType()
    {
        var context = new DocumentContext();
        context.AddTags(View("Kestrel Holdings rose"), [Tag(Org, 0), Tag(Org, 2), 0]);
        context.AddTags(View("Kestrel Holdings rose"), [Tag(Org, 0), Tag(Org, 2), 0]);
        context.AddTags(View("Anna Kestrel spoke"), [Tag(Per, 0), Tag(Per, 2), 0]);
        var shortForm = View("Kestrel spoke");

        var evidence = context.SpanEvidence(shortForm);

        Assert.Equal(Org + 8 | 3 << 8, evidence[0]); // organisation twice, person once
    }

    [Fact]
    public void SpanEvidence_GivesHeadlineCode_WhenSentenceIsAllCaps()
    {
        var context = new DocumentContext();
        context.AddTags(View("Shares in Kestrel Holdings rose"), [0, 0, Tag(Org, 0), Tag(Org, 2), 0]);

        var evidence = context.SpanEvidence(View("KESTREL WINS AGAIN"));

        Assert.All(evidence, e => Assert.Equal(DocumentContext.HeadlineEvidence, e));
    }
}
