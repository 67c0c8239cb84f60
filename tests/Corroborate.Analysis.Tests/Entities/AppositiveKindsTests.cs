using Corroborate.Analysis.Entities;
using Corroborate.Testing;

namespace Corroborate.Analysis.Tests.Entities;

public sealed class AppositiveKindsTests
{
    private static string Retyped(string text, string word, string type = "PER")
    {
        var doc = DocMarkup.Parse(text);
        var sentence = EntitiesStage.TokensBySentence(doc)[0];
        int k = Array.FindIndex(sentence, t => doc.Slice(t.Span) == word);
        Assert.True(k >= 0, word);
        return AppositiveKinds.Retype(doc, sentence, k, k + 1, type);
    }

    [Theory]
    [InlineData("Prices were tracked by Fuelwise, an app that follows fuel costs.", "Fuelwise", "ORG")]
    [InlineData("A tower collapsed in Harbourside, Fla., on Thursday.", "Harbourside", "LOC")]
    [InlineData("The Kappa variant spread quickly in the spring.", "Kappa", "MISC")]
    [InlineData("Reviews of “Tempest,” the new book by a reporter, were warm.", "Tempest", "MISC")]
    public void AOneWordNameWithASignOfAThing_IsNoPerson(string text, string word, string expected) =>
        Assert.Equal(expected, Retyped(text, word));

    [Theory]
    [InlineData("Vale, a senator from Ohio, spoke on Monday.", "Vale")]
    [InlineData("Vale, a Democrat, spoke on Monday.", "Vale")]
    [InlineData("Vale said the depot would close.", "Vale")]
    [InlineData("Vale's book came out in May.", "Vale")]
    public void APersonWithoutSuchASign_StaysAPerson(string text, string word) =>
        Assert.Equal("PER", Retyped(text, word));

    [Fact]
    public void OnlyPersonChunksAreRetyped() =>
        Assert.Equal("ORG", Retyped("The Kappa variant spread quickly in the spring.", "Kappa", "ORG"));
}
