using Corroborate.Analysis.Entities.Tagging;

namespace Corroborate.Analysis.Tests.Entities;

public sealed class BeamSearchTests
{
    private const int T = NerTags.Count;
    private static readonly int O = NerTags.Outside;
    private static readonly int BPer = Tag("B-PER"), UPer = Tag("U-PER"), ULoc = Tag("U-LOC");

    private static int Tag(string name) => Enumerable.Range(0, T).Single(t => NerTags.Name(t) == name);

    /// <summary>History scores from a table indexed by (previous + 1, previous-but-one + 1, tag).</summary>
    private readonly struct TableHistory(float[] table) : IHistoryScorer
    {
        public void Add(int i, int prev, int prev2, Span<float> scores)
        {
            for (int t = 0; t < T; t++) scores[t] += table[((prev + 1) * (T + 1) + prev2 + 1) * T + t];
        }
    }

    private static float[] NoHistory() => new float[(T + 1) * (T + 1) * T];

    private static float[] Static(int length, params (int Token, int Tag, float Score)[] cells)
    {
        var scores = new float[length * T];
        Array.Fill(scores, -1f);
        foreach (var (token, tag, score) in cells) scores[token * T + tag] = score;
        return scores;
    }

    // Token 0 leans to U-PER, but after U-PER every tag of token 1 is heavily penalised: greedy walks into it, a
    // beam of two keeps the O hypothesis alive and wins.
    private static (float[] Static, float[] History) GardenPath()
    {
        var scores = Static(2, (0, UPer, 1.0f), (0, O, 0.9f), (1, O, 0f));
        var history = NoHistory();
        for (int q = 0; q <= T; q++)
        {
            for (int t = 0; t < T; t++) history[((UPer + 1) * (T + 1) + q) * T + t] = -5f;
        }

        return (scores, history);
    }

    [Fact]
    public void Decode_KeepsTheFirstChoice_WhenWidthIsOne()
    {
        var (scores, table) = GardenPath();
        var history = new TableHistory(table);
        Assert.Equal([UPer, O], BeamSearch.Decode(scores, 2, 1, ref history));
    }

    [Fact]
    public void Decode_RecoversTheBetterSequence_WhenTheBeamHoldsTheRunnerUp()
    {
        var (scores, table) = GardenPath();
        var history = new TableHistory(table);
        Assert.Equal([O, O], BeamSearch.Decode(scores, 2, 2, ref history));
    }

    [Fact]
    public void Decode_ClosesTheName_WhenTheLastTokenScoresBeginHighest()
    {
        var scores = Static(1, (0, BPer, 3f), (0, UPer, 1f));
        var history = new TableHistory(NoHistory());
        Assert.Equal([UPer], BeamSearch.Decode(scores, 1, 4, ref history));
    }

    [Fact]
    public void Decode_ReturnsEmpty_WhenTheSentenceHasNoTokens()
    {
        var history = new TableHistory(NoHistory());
        Assert.Empty(BeamSearch.Decode([], 0, 4, ref history));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(8)]
    public void Decode_ProducesLegalBilou_WhenScoresAreRandom(int width)
    {
        var rng = new Random(7);
        for (int trial = 0; trial < 50; trial++)
        {
            int n = 1 + rng.Next(12);
            var scores = RandomScores(rng, n * T);
            var history = new TableHistory(RandomScores(rng, (T + 1) * (T + 1) * T));
            var tags = BeamSearch.Decode(scores, n, width, ref history);
            for (int i = 0; i < n; i++) Assert.True(NerTags.Allowed(i == 0 ? -1 : tags[i - 1], tags[i]));
            Assert.True(tags[^1] == O || NerTags.EndsName(tags[^1]));
        }
    }

    // With room for every (tag, previous tag) state, recombination makes the search exact second-order Viterbi.
    [Fact]
    public void Decode_FindsTheBestLegalSequence_WhenTheBeamHoldsEveryState()
    {
        var rng = new Random(11);
        for (int trial = 0; trial < 5; trial++)
        {
            var scores = RandomScores(rng, 3 * T);
            var table = RandomScores(rng, (T + 1) * (T + 1) * T);
            var history = new TableHistory(table);
            var tags = BeamSearch.Decode(scores, 3, T * T, ref history);
            Assert.Equal(BruteForce(scores, table), tags);
        }
    }

    [Fact]
    public void Train_ReturnsMinusOneAndGold_WhenGoldIsBest()
    {
        var scores = Static(2, (0, ULoc, 2f), (1, O, 2f));
        var history = new TableHistory(NoHistory());
        var predicted = new int[2];
        Assert.Equal(-1, BeamSearch.Train(scores, 2, 2, ref history, [ULoc, O], maxViolation: false, predicted));
        Assert.Equal([ULoc, O], predicted);
    }

    [Fact]
    public void Train_UpdatesWhereGoldLeavesTheBeam_WhenEarlyUpdate()
    {
        // Gold is U-LOC U-PER O; width 1 keeps only O at token 0, so gold leaves at once.
        var scores = Static(3, (0, O, 3f), (0, ULoc, 1f), (1, O, 2f), (1, UPer, 1f), (2, O, 1f));
        var history = new TableHistory(NoHistory());
        var predicted = new int[3];
        Assert.Equal(0, BeamSearch.Train(scores, 3, 1, ref history, [ULoc, UPer, O], maxViolation: false, predicted));
        Assert.Equal(O, predicted[0]);
    }

    [Fact]
    public void Train_UpdatesAtTheLargestViolation_WhenMaxViolation()
    {
        // The gap between best and gold prefix grows to token 1 (2 + 1 against 0 + 0), then closes: U-LOC after U-PER
        // earns a bonus of 3 that only the gold prefix gets.
        var scores = Static(3, (0, O, 2f), (0, ULoc, 0f), (1, O, 1f), (1, UPer, 0f), (2, ULoc, 4f));
        var table = NoHistory();
        for (int q = 0; q <= T; q++) table[((UPer + 1) * (T + 1) + q) * T + ULoc] = 3f;
        var history = new TableHistory(table);
        var predicted = new int[3];
        Assert.Equal(1, BeamSearch.Train(scores, 3, 1, ref history, [ULoc, UPer, ULoc], maxViolation: true, predicted));
        Assert.Equal([O, O], predicted[..2]);
    }

    private static float[] RandomScores(Random rng, int count)
    {
        var scores = new float[count];
        for (int i = 0; i < count; i++) scores[i] = (float)(rng.NextDouble() * 4 - 2);
        return scores;
    }

    private static int[] BruteForce(float[] scores, float[] table)
    {
        int[] best = [];
        float bestScore = float.NegativeInfinity;
        for (int a = 0; a < T; a++)
        {
            for (int b = 0; b < T; b++)
            {
                for (int c = 0; c < T; c++)
                {
                    int[] tags = [a, b, c];
                    if (!NerTags.Allowed(-1, a) || !NerTags.Allowed(a, b) || !NerTags.Allowed(b, c) || !(c == O || NerTags.EndsName(c))) continue;
                    float s = 0;
                    for (int i = 0; i < 3; i++)
                    {
                        int prev = i > 0 ? tags[i - 1] : -1, prev2 = i > 1 ? tags[i - 2] : -1;
                        s += scores[i * T + tags[i]] + table[((prev + 1) * (T + 1) + prev2 + 1) * T + tags[i]];
                    }

                    if (s > bestScore)
                    {
                        bestScore = s;
                        best = tags;
                    }
                }
            }
        }

        return best;
    }
}
