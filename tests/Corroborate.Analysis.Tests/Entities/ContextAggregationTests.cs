using Corroborate.Analysis.Entities.Tagging;

namespace Corroborate.Analysis.Tests.Entities;

public sealed class ContextAggregationTests
{
    private static FeatureExtractor.Sentence[] Views(params string[] sentences) =>
        [.. sentences.Select(s => new FeatureExtractor.Sentence(s.Split(' ')))];

    [Fact]
    public void AggregateNeighbours_GivesSentenceInitialWordTheNeighboursOfItsOtherOccurrences_WhenCapitalisedMidSentence()
    {
        var views = Views("Kestrel shares fell", "Shares in Kestrel rose", "Analysts said Kestrel would grow");
        FeatureExtractor.AggregateNeighbours(views);
        Assert.Equal(4, views[0].Aggregates[0].Length); // "in" / "rose" and "said" / "would"
        Assert.Same(views[0].Aggregates[0], views[1].Aggregates[2]);
        Assert.Same(views[0].Aggregates[0], views[2].Aggregates[2]);
    }

    [Fact]
    public void AggregateNeighbours_LeavesHeadlineEmpty_WhenSentenceIsAllCaps()
    {
        var views = Views("KESTREL WINS AGAIN", "Shares in Kestrel rose");
        FeatureExtractor.AggregateNeighbours(views);
        Assert.All(views[0].Aggregates, Assert.Empty);
        Assert.Equal(2, views[1].Aggregates[2].Length);
    }

    [Fact]
    public void AggregateNeighbours_LeavesLowerCaseAndUnseenWordsEmpty_WhenNoCapitalisedOccurrence()
    {
        var views = Views("Rain fell on the town", "the town said Kestrel won");
        FeatureExtractor.AggregateNeighbours(views);
        Assert.Empty(views[0].Aggregates[0]); // "Rain" is only ever sentence-initial
        Assert.Empty(views[1].Aggregates[1]); // "town" is lower case
        Assert.Equal(2, views[1].Aggregates[3].Length);
    }

    [Fact]
    public void AggregateNeighbours_KeepsAtMostTheCap_WhenAWordHasManyNeighbours()
    {
        // Letters, not digits: the tagger folds digits to 0, which would make the neighbours equal.
        var sentences = Enumerable.Range(0, 40).Select(k => $"then w{(char)('a' + k % 26)}{(char)('a' + k / 26)} Kestrel v{(char)('a' + k % 26)}{(char)('a' + k / 26)} now").ToArray();
        var views = Views(sentences);
        FeatureExtractor.AggregateNeighbours(views);
        Assert.Equal(FeatureExtractor.MaxAggregates, views[0].Aggregates[2].Length);
    }
}
