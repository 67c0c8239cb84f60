using Corroborate.Analysis.Entities.Tagging;

namespace Corroborate.Analysis.Tests.Entities;

public sealed class NerTagsTests
{
    private static string[] Names(int[] tags) => [.. tags.Select(NerTags.Name)];

    [Fact]
    public void FromBio_MarksUnitAndLastTokens_WhenGivenIob2()
    {
        var tags = NerTags.FromBio(["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC", "I-LOC"]);
        Assert.Equal(["B-PER", "L-PER", "O", "U-LOC", "B-LOC", "I-LOC", "L-LOC"], Names(tags));
    }

    [Fact]
    public void FromBio_StartsNamesOnTypeChange_WhenGivenIob1()
    {
        var tags = NerTags.FromBio(["I-ORG", "I-ORG", "I-MISC", "O", "I-PER"]);
        Assert.Equal(["B-ORG", "L-ORG", "U-MISC", "O", "U-PER"], Names(tags));
    }

    [Fact]
    public void Chunks_ReturnsHalfOpenRanges_ForLegalBilou()
    {
        var tags = NerTags.FromBio(["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC"]);
        Assert.Equal([(0, 2, 0), (3, 4, 2), (4, 6, 2)], NerTags.Chunks(tags));
    }

    [Fact]
    public void Chunks_ClosesAName_WhenAnInsideTagFollowsItsLastTag()
    {
        int begin = NerTags.FromBio(["B-ORG", "I-ORG"])[0], last = NerTags.FromBio(["B-ORG", "I-ORG"])[1];
        int inside = NerTags.FromBio(["B-ORG", "I-ORG", "I-ORG"])[1];
        Assert.Equal([(0, 2, 1), (2, 3, 1)], NerTags.Chunks([begin, last, inside]));
    }

    [Fact]
    public void Allowed_KeepsAnOpenNameOpen_UntilItsLastTag()
    {
        var bilou = NerTags.FromBio(["B-PER", "I-PER", "I-PER"]);
        Assert.False(NerTags.Allowed(bilou[0], NerTags.Outside));
        Assert.True(NerTags.Allowed(bilou[0], bilou[1]));
        Assert.True(NerTags.Allowed(bilou[2], NerTags.Outside));
        Assert.False(NerTags.Allowed(-1, bilou[1]));
    }
}

public sealed class GazetteersTests
{
    [Fact]
    public void MarkOrganisations_MarksTheLongestListedName()
    {
        var marks = Gazetteers.MarkOrganisations(["shares", "of", "Deutsche", "Bank", "rose"]);
        Assert.Equal(new byte[] { 0, 0, 1, 2, 0 }, marks);
    }

    [Fact]
    public void MarkGroups_MarksNationalityAdjectives()
    {
        var marks = Gazetteers.MarkGroups(["Russian", "President", "Vladimir", "Putin"]);
        Assert.Equal(new byte[] { 1, 0, 0, 0 }, marks);
    }

    [Fact]
    public void Prefix_GivesCoarserClasses_OfAPath()
    {
        uint code = 0b1_0110;   // path "0110"
        Assert.Equal(0b1_01u, Gazetteers.Prefix(code, 2));
        Assert.Equal(code, Gazetteers.Prefix(code, 8));
        Assert.Equal(0u, Gazetteers.Prefix(0, 4));
    }
}
