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

public sealed class OffsetMapCompositionTests
{
    [Fact]
    public void Then_ComposesCleaningOverExtraction()
    {
        // raw "<p>ab</p><p>XXcd</p>" → extracted "ab\ncd"? Simplified: mid "abXXcd" where mid 0..2 ← raw 3..5, mid 2.. ← raw 12..
        var extraction = new OffsetMap.Builder().Add(0, 3).Add(2, 12).Build();
        // cleaning removed "XX" (mid 2..4): clean 0..2 ← mid 0..2, clean 2.. ← mid 4..
        var cleaning = new OffsetMap.Builder().Add(2, 4).Build();
        var map = cleaning.Then(extraction);
        Assert.Equal(3, map.ToRaw(0));
        Assert.Equal(4, map.ToRaw(1));
        Assert.Equal(14, map.ToRaw(2));
        Assert.Equal(15, map.ToRaw(3));
    }

    [Fact]
    public void Then_WithIdentityInner_IsOuter()
    {
        var outer = new OffsetMap.Builder().Add(2, 5).Build();
        Assert.Same(outer, outer.Then(OffsetMap.Identity));
    }
}
