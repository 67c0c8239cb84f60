using Corroborate.Stories.Text;

namespace Corroborate.Stories.Tests;

/// <summary>The light lemmatiser every cross-document comparison uses.</summary>
public sealed class ContentWordsTests
{
    [Theory]
    [InlineData("died", "dies", "die")]
    [InlineData("carried", "carries", "carry")]
    [InlineData("killed", "kills", "killing")]
    [InlineData("pin-up", "pinup", "pin-ups")]
    [InlineData("co-worker", "coworkers", "co-workers")]
    public void InflectionsAndHyphenationsOfOneWordMeet(string a, string b, string c)
    {
        Assert.Equal(ContentWords.Lemma(a), ContentWords.Lemma(b));
        Assert.Equal(ContentWords.Lemma(a), ContentWords.Lemma(c));
    }

    [Theory]
    [InlineData("bus", "bu")]
    [InlineData("crisis", "crisi")]
    [InlineData("-", "")]
    public void ShortAndLatinEndingsAreKept(string word, string notThis)
    {
        Assert.NotEqual(notThis, ContentWords.Lemma(word));
        Assert.NotEmpty(ContentWords.Lemma(word));
    }
}
