using Corroborate.Text;

namespace Corroborate.Core.Tests.Text;

public sealed class StableHashTests
{
    [Fact]
    public void Fnv1a_IsStableAcrossRuns()
    {
        // FNV-1a 64 of the empty input is the offset basis; a fixed value guards against accidental changes.
        Assert.Equal(14695981039346656037UL, StableHash.Fnv1a(""));
        Assert.Equal(StableHash.Fnv1a("Putin"), StableHash.Fnv1a("Putin"));
        Assert.NotEqual(StableHash.Fnv1a("Putin"), StableHash.Fnv1a("putin"));
    }

    [Fact]
    public void Mix_DifferentSeeds_GiveDifferentValues()
    {
        Assert.NotEqual(StableHash.Mix(7, 1), StableHash.Mix(7, 2));
    }
}
