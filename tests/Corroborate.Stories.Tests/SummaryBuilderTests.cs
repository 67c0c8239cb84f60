using Corroborate.Stories.Briefs;
using Corroborate.Testing;

namespace Corroborate.Stories.Tests;

/// <summary>The brief's extractive summary: furniture signs and what they do to the choice of lines.</summary>
public sealed class SummaryBuilderTests
{
    [Fact]
    public void FurnitureSigns_CountsBoth_WhenUnstoppedLineHoldsPromptWord() =>
        Assert.Equal(2, SummaryBuilder.FurnitureSigns("Click here to subscribe to the Veltra harbour bulletin"));

    [Fact]
    public void FurnitureSigns_IsZero_WhenReportedSentenceEndsWithStop() =>
        Assert.Equal(0, SummaryBuilder.FurnitureSigns("Fishermen in Veltra have not left the harbour for three weeks."));

    [Fact]
    public void FurnitureSigns_AcceptsClosingQuoteAsStop() =>
        Assert.Equal(0, SummaryBuilder.FurnitureSigns("The mayor said the city \u201Cwill not give way on the harbour.\u201D"));

    [Fact]
    public void FurnitureSigns_CountsMissingStop_WhenLineIsHeadline() =>
        Assert.Equal(1, SummaryBuilder.FurnitureSigns("Ostria Harbour Blockade Enters Its Third Week As Talks Stall"));

    [Fact]
    public void Build_PrefersReportedPoint_OverSharedSignUpPrompt()
    {
        // Both outlets open with the same sign-up prompt and then report the same point in other words; the
        // prompt comes first and is as well supported, so only the furniture penalty keeps it out of a one-line brief.
        var a = DocMarkup.Parse(
            "Sign up for our newsletter to receive the harbour news from Veltra every single morning. " +
            "Fishermen in the port of Veltra have not sailed out of the blockaded harbour for three whole weeks.", "a");
        var b = DocMarkup.Parse(
            "Sign up for our newsletter to receive the harbour news from Veltra every single morning. " +
            "The blockaded harbour of Veltra has kept its fishermen from sailing out for three whole weeks.", "b");
        var lines = SummaryBuilder.Build([a, b], new HashSet<string>(["a", "b"], StringComparer.Ordinal), 20);
        var line = Assert.Single(lines);
        Assert.StartsWith("Fishermen in the port of Veltra", line.Text, StringComparison.Ordinal);
        Assert.Equal(["a", "b"], line.Evidence.Select(e => e.DocumentId));
    }

    [Theory]
    [InlineData("VELTRA, May 14 (Harbour Wire) \u2014 The council closed the port.", "The council closed the port.")]
    [InlineData("OSTRIA CITY (Wire) - Fishermen stayed ashore on Monday.", "Fishermen stayed ashore on Monday.")]
    [InlineData("The mayor, who spoke briefly \u2014 and angrily \u2014 left early.", "The mayor, who spoke briefly \u2014 and angrily \u2014 left early.")]
    [InlineData("Port closed - council", "Port closed - council")]
    public void DatelineStrip_DropsAWireDatelineOnly(string sentence, string expected) =>
        Assert.Equal(expected, Dateline.Strip(sentence));

    [Theory]
    [InlineData("Updated 4/11/2024 1:26 PM", "4/11", true)]
    [InlineData("Harbour blockade enters third week POSTED: 1052 GMT (1852 HKT), May 10, 2024", "May 10", true)]
    [InlineData("The report published on May 10, 2024", "May 10", false)]
    [InlineData("The council met on May 10, 2024", "May 10", false)]
    public void DatelineIsStamp_WhenACapitalisedStampWordLeadsTheDate(string sentence, string date, bool stamp) =>
        Assert.Equal(stamp, Dateline.IsStamp(sentence, 0, sentence.IndexOf(date, StringComparison.Ordinal)));

    [Theory]
    [InlineData("May 10, 2024 - 7:07AM", true)]
    [InlineData("on April 30, 2024 at 4:31 AM, updated April 30, 2024 at 8:33 AM", true)]
    [InlineData("The council closed the port on May 10, 2024.", false)]
    public void DatelineIsBareDate_WhenLittleButADateAndTime(string sentence, bool bare) =>
        Assert.Equal(bare, Dateline.IsBareDate(sentence));
}
