using Corroborate.Text;

namespace Corroborate.Core.Tests.Text;

public sealed class OffsetMapTests
{
    [Fact]
    public void ToRaw_WhenTextWasRemovedBeforePosition_ShiftsByRemovedLength()
    {
        // raw: "AAA<b>BBB" → clean "AAABBB": clean 3.. maps to raw 6..
        var map = new OffsetMap.Builder().Add(0, 0).Add(3, 6).Build();
        Assert.Equal(2, map.ToRaw(2));
        Assert.Equal(6, map.ToRaw(3));
        Assert.Equal(8, map.ToRaw(5));
    }

    [Fact]
    public void ToRaw_OfSpan_EndsAfterLastMappedCharacter()
    {
        var map = new OffsetMap.Builder().Add(3, 6).Build();
        Assert.Equal(new TextSpan(1, 7), map.ToRaw(new TextSpan(1, 4)));
    }

    [Fact]
    public void Identity_MapsEveryPositionToItself()
    {
        Assert.True(OffsetMap.Identity.IsIdentity);
        Assert.Equal(42, OffsetMap.Identity.ToRaw(42));
    }

    [Fact]
    public void TextSpan_RejectsInvertedRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(5, 4));
    }
}
