using Corroborate.Analysis.Cleaning;
using Corroborate.Diagnostics;
using Corroborate.Model;
using Corroborate.Testing;

namespace Corroborate.Analysis.Tests.Cleaning;

public sealed class CleaningStageTests
{
    private static Document Clean(string text)
    {
        var doc = new CleaningStage().Annotate(Document.FromText("d1", "t", text), CancellationToken.None);
        DocumentAssert.WellFormed(doc);
        return doc;
    }

    private const string Article = """
        Protesters gather outside the parliament building
        Budget Talks Stall As Unions Walk Out Photo by Maria Lenz/Getty Images

        The finance minister said on Monday that the budget would be delayed by two weeks.

        “We need more time,” she told reporters.

        crowd-outside-parliament-Qw81ZzT0-unsplash
        Union members march through the capital on Sunday. This is a file image. Tom Baker/Unsplash.

        © 2023 Riverside Gazette. All rights reserved.
        """;

    [Fact]
    public void Annotate_RemovesCaptionBlockAtTopWithGluedCredit()
    {
        var doc = Clean(Article);
        Assert.StartsWith("The finance minister said", doc.Text, StringComparison.Ordinal);
        Assert.Contains(doc.Removed, r => r.Kind == RemovalKind.Caption && r.Text.StartsWith("Protesters gather", StringComparison.Ordinal));
        Assert.Contains(doc.Removed, r => r.Kind == RemovalKind.Credit && r.Text == "Photo by Maria Lenz/Getty Images");
        Assert.Contains(doc.Removed, r => r.Kind == RemovalKind.RelatedLink && r.Text.StartsWith("Budget Talks Stall", StringComparison.Ordinal));
    }

    [Fact]
    public void Annotate_RemovesImageNameAndTheCaptionAfterIt()
    {
        var doc = Clean(Article);
        Assert.Contains(doc.Removed, r => r.Kind == RemovalKind.ImageName && r.Text == "crowd-outside-parliament-Qw81ZzT0-unsplash");
        Assert.DoesNotContain("Union members march", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Unsplash", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Annotate_TakesOutletFromCopyrightLine()
    {
        var doc = Clean(Article);
        Assert.Equal("Riverside Gazette", doc.Metadata.Outlet);
        Assert.Contains(doc.Removed, r => r.Kind == RemovalKind.Copyright);
        Assert.EndsWith("she told reporters.", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Annotate_KeepsEveryCleanCharacterMappedToItsRawSource()
    {
        var doc = Clean(Article);
        for (int i = 0; i < doc.Text.Length; i++)
        {
            char c = doc.Text[i];
            if (c == '\n') continue;
            Assert.Equal(c, doc.Raw[doc.RawMap.ToRaw(i)]);
        }
    }

    [Fact]
    public void Annotate_LeavesPlainArticleUntouched()
    {
        const string text = "The council approved the plan on Tuesday.\nResidents had opposed it for months.\nThe mayor said work would start in May.";
        var doc = Clean(text);
        Assert.Equal(text, doc.Text);
        Assert.Empty(doc.Removed);
    }

    [Fact]
    public void Annotate_CutsCreditGluedToLongBodyParagraphOnly()
    {
        var body = string.Join(' ', Enumerable.Repeat("The river rose again overnight and more homes were flooded.", 8));
        var doc = Clean(body + " Jane Roe/Reuters");
        Assert.StartsWith("The river rose", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Jane Roe", doc.Text, StringComparison.Ordinal);
        Assert.Single(doc.Removed, r => r.Kind == RemovalKind.Credit);
    }

    [Fact]
    public void Annotate_RemovesBylineSharePromptAndRelatedLink()
    {
        var doc = Clean("By Sam Ortiz, Harbor Wire\n\nThe port reopened on Friday.\n\nRead more: Port strike ends after five days\nShare this article\n");
        Assert.Equal("The port reopened on Friday.", doc.Text);
        Assert.Contains(doc.Removed, r => r.Kind == RemovalKind.Byline);
        Assert.Contains(doc.Removed, r => r.Kind == RemovalKind.RelatedLink);
    }

    [Fact]
    public void Annotate_SetsTitleFromHeadlineLine()
    {
        var doc = Clean("Port Strike Ends After Five Days\n\nDock workers returned on Friday after a deal on pay.");
        Assert.Equal("Port Strike Ends After Five Days", doc.Metadata.Title);
    }

    [Fact]
    public void Annotate_WhenEverythingLooksLikeBoilerplate_KeepsTextAndWarns()
    {
        var doc = Clean("© 2020 Example News. All rights reserved.");
        Assert.Equal("© 2020 Example News. All rights reserved.", doc.Text);
        Assert.Contains(doc.Diagnostics, d => d.Code == Codes.NoTextAfterCleaning);
    }
}

public sealed class TextLimitTests
{
    [Fact]
    public void LongText_IsCutAtTheLastLineBreakBeforeTheLimit_WithAWarning()
    {
        var text = "First paragraph of the report.\nSecond paragraph, which runs on.\nThird.";
        var doc = TextLimit.Apply(Document.FromText("d1", "t", text), maxChars: 40);
        Assert.Equal("First paragraph of the report.", doc.Text);
        Assert.Equal(Codes.TextTruncated, doc.Diagnostics.Single().Code);
    }

    [Fact]
    public void TextWithinTheLimit_IsLeftAlone()
    {
        var doc = Document.FromText("d1", "t", "A short report.");
        Assert.Same(doc, TextLimit.Apply(doc, maxChars: 100));
    }

    [Fact]
    public void CleaningStages_ApplyTheLimit()
    {
        var text = string.Concat(Enumerable.Repeat("The council met on Tuesday to discuss the bridge.\n", TextLimit.MaxChars / 50 + 10));
        var doc = Document.FromText("d1", "t", text);
        Assert.True(new CleaningStage().Annotate(doc, CancellationToken.None).Text.Length <= TextLimit.MaxChars);
        Assert.True(new NoCleaningStage().Annotate(doc, CancellationToken.None).Text.Length <= TextLimit.MaxChars);
    }
}
