using Corroborate.Model;
using Corroborate.Testing;

namespace Corroborate.Analysis.Tests.Segmentation;

public sealed class SegmentationTests
{
    private static string[] Sentences(string text)
    {
        var doc = DocMarkup.Parse(text);
        DocumentAssert.WellFormed(doc);
        return doc.Sentences.Select(s => doc.Slice(s.Span)).ToArray();
    }

    private static string[] Tokens(string text)
    {
        var doc = DocMarkup.Parse(text);
        return doc.Tokens.Select(t => doc.Slice(t.Span)).ToArray();
    }

    [Fact]
    public void Split_KeepsAbbreviationsAndInitialsInsideSentences()
    {
        var s = Sentences("Mr. Smith met Gen. John F. Kennedy in the U.S. on Jan. 5. Then he left.");
        Assert.Equal(["Mr. Smith met Gen. John F. Kennedy in the U.S. on Jan. 5.", "Then he left."], s);
    }

    [Theory]
    [InlineData("He spoke in Washington, D.C. The depot would close.", "He spoke in Washington, D.C.|The depot would close.")]
    [InlineData("Prices rose in the U.S. In May they fell again.", "Prices rose in the U.S.|In May they fell again.")]
    [InlineData("U.S. officials met in D.C. on Monday.", "U.S. officials met in D.C. on Monday.")]
    [InlineData("Talks in the U.S. Senate stalled.", "Talks in the U.S. Senate stalled.")]
    public void AnAbbreviationWithInnerStops_EndsASentenceOnlyBeforeAnOpener(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Sentences(text));

    [Fact]
    public void Split_KeepsALawmakersPartyAndStateInsideTheSentence()
    {
        var s = Sentences("Rep. Ann Vale (D-N.Y.) said the bill would pass. Then she left.");
        Assert.Equal(["Rep. Ann Vale (D-N.Y.) said the bill would pass.", "Then she left."], s);
    }

    [Fact]
    public void Split_LineBreakEndsHeadlineWithoutFullStop()
    {
        Assert.Equal(["Talks Collapse In Geneva", "Delegates left early."], Sentences("Talks Collapse In Geneva\nDelegates left early."));
    }

    [Fact]
    public void Split_ClosingQuoteStaysWithItsSentence()
    {
        Assert.Equal(["He said: “No.”", "She agreed."], Sentences("He said: “No.” She agreed."));
    }

    [Fact]
    public void Tokenize_KeepsNumbersWithSeparatorsAndDecimals()
    {
        Assert.Equal(["1,600", "soldiers", "and", "3.5", "%"], Tokens("1,600 soldiers and 3.5 %"));
    }

    [Fact]
    public void Tokenize_KeepsArchiveStyleDoubleQuoteMarksWhole()
    {
        Assert.Equal(["``", "Yes", ",", "''", "she", "said", "."], Tokens("``Yes,'' she said."));
        Assert.Equal(["rock", "'", "n", "'", "roll"], Tokens("rock 'n' roll"));
    }

    [Fact]
    public void Tokenize_KeepsAMiddleInitialWithItsStop_ButNotALoneLetterEndingASentence()
    {
        Assert.Equal(["James", "B.", "Comey", "spoke", "."], Tokens("James B. Comey spoke."));
        Assert.Equal(["They", "chose", "plan", "B", ".", "The", "board", "agreed", "."], Tokens("They chose plan B. The board agreed."));
    }

    [Fact]
    public void Tokenize_SplitsPossessiveClitic()
    {
        Assert.Equal(["Macron", "’s", "office"], Tokens("Macron’s office"));
    }

    [Fact]
    public void Tokenize_ZeroWidthCharactersSeparateLikeSpaces()
    {
        Assert.Equal(["Traeger", "said", "so"], Tokens("Traeger\u200B said\u2060 \uFEFFso"));
    }
}
