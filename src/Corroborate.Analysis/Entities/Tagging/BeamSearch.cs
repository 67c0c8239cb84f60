using System.Runtime.CompilerServices;

namespace Corroborate.Analysis.Entities.Tagging;

/// <summary>Adds the scores of token i's history features (those that read the two tags before it) to per-tag scores.</summary>
internal interface IHistoryScorer
{
    /// <param name="prev">The tag before token i, -1 at the sentence start.</param>
    /// <param name="prev2">The tag two before, -1 when there is none.</param>
    void Add(int i, int prev, int prev2, Span<float> scores);
}

/// <summary>
/// Beam search over legal BILOU sequences, shared by tagging and training so both make the same decisions. A
/// hypothesis is scored by the sum of its tokens' scores; the history features read the two previous tags, so two
/// hypotheses that end in the same two tags have the same future and only the better is kept (recombination): with
/// a wide enough beam this is exact second-order Viterbi. Width 1 is greedy decoding. A sentence may not end inside
/// a name (B- or I- last).
/// </summary>
internal static class BeamSearch
{
    /// <summary>The best tag sequence for a sentence of <paramref name="length"/> tokens.</summary>
    /// <param name="staticScores">Per token, the scores of its history-free features (length × tag count).</param>
    /// <param name="margin">Hypotheses further than this below the step's best are dropped (infinity: none).</param>
    public static int[] Decode<T>(ReadOnlySpan<float> staticScores, int length, int width, ref T history, float margin = float.PositiveInfinity)
        where T : struct, IHistoryScorer
    {
        var tags = new int[length];
        Run(staticScores, length, width, ref history, [], maxViolation: false, tags, margin);
        return tags;
    }

    /// <summary>
    /// Searches with the gold sequence alongside (structured perceptron training) and chooses where to update: with
    /// early update (Collins &amp; Roark 2004) the first step at which the gold prefix leaves the beam, with max-violation
    /// (Huang, Fayong &amp; Guo 2012) the step where the best prefix beats the gold prefix by most. Writes the predicted
    /// prefix up to that step into <paramref name="predicted"/> and returns the step, or -1 when the best sequence is
    /// the gold one (then <paramref name="predicted"/> holds it whole).
    /// </summary>
    public static int Train<T>(ReadOnlySpan<float> staticScores, int length, int width, ref T history, ReadOnlySpan<int> gold, bool maxViolation, int[] predicted)
        where T : struct, IHistoryScorer => Run(staticScores, length, width, ref history, gold, maxViolation, predicted, float.PositiveInfinity);

    // Compiled optimised at once, like the other hot tagger methods: the tiered JIT's first, unoptimised code for
    // this loop-heavy method is what a single cold pass over a corpus would otherwise mostly run.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Run<T>(ReadOnlySpan<float> staticScores, int n, int width, ref T history, ReadOnlySpan<int> gold, bool maxViolation, int[] result, float margin)
        where T : struct, IHistoryScorer
    {
        if (n == 0) return -1;
        const int Tags = NerTags.Count;
        int cells = n * width;
        // The lattice: for step i, up to width hypotheses sorted by score (best first), each a tag and the index of
        // the hypothesis it extends at step i - 1.
        Span<int> tag = cells <= 1024 ? stackalloc int[cells] : new int[cells];
        Span<int> back = cells <= 1024 ? stackalloc int[cells] : new int[cells];
        Span<float> score = cells <= 1024 ? stackalloc float[cells] : new float[cells];
        Span<int> count = n <= 256 ? stackalloc int[n] : new int[n];
        Span<float> local = stackalloc float[Tags];
        bool training = !gold.IsEmpty;
        int goldAt = 0; // index of the gold prefix in the previous step's beam, -1 once it has left
        float goldScore = 0, worst = 0;
        int update = -1, fellOff = -1;

        for (int i = 0; i < n; i++)
        {
            var here = staticScores.Slice(i * Tags, Tags);
            int row = i * width, prevRow = row - width, m = 0;
            int items = i == 0 ? 1 : count[i - 1];
            bool last = i == n - 1;
            for (int j = 0; j < items; j++)
            {
                int prev = i == 0 ? -1 : tag[prevRow + j];
                int prev2 = i < 2 ? -1 : tag[prevRow - width + back[prevRow + j]];
                float before = i == 0 ? 0 : score[prevRow + j];
                here.CopyTo(local);
                history.Add(i, prev, prev2, local);
                int list = prev + 1 + (last ? Tags + 1 : 0);
                foreach (int t in NerTags.Successors.AsSpan(NerTags.SuccessorStart[list], NerTags.SuccessorStart[list + 1] - NerTags.SuccessorStart[list]))
                {
                    float s = before + local[t];
                    if (m == width && s <= score[row + m - 1]) continue;
                    // Recombination: the same last two tags from an earlier, better hypothesis.
                    int same = -1;
                    for (int k = 0; k < m; k++)
                    {
                        if (tag[row + k] == t && (i == 0 || tag[prevRow + back[row + k]] == prev))
                        {
                            same = k;
                            break;
                        }
                    }

                    if (same >= 0)
                    {
                        if (score[row + same] >= s) continue;
                        for (int k = same; k < m - 1; k++)
                        {
                            tag[row + k] = tag[row + k + 1];
                            back[row + k] = back[row + k + 1];
                            score[row + k] = score[row + k + 1];
                        }

                        m--;
                    }

                    int at = m < width ? m : width - 1;
                    while (at > 0 && score[row + at - 1] < s)
                    {
                        tag[row + at] = tag[row + at - 1];
                        back[row + at] = back[row + at - 1];
                        score[row + at] = score[row + at - 1];
                        at--;
                    }

                    tag[row + at] = t;
                    back[row + at] = j;
                    score[row + at] = s;
                    if (m < width) m++;
                }
            }

            while (m > 1 && score[row + m - 1] < score[row] - margin) m--;
            count[i] = m;
            if (!training) continue;

            // The gold prefix's score, computed the same way, and where it sits in this step's beam.
            here.CopyTo(local);
            history.Add(i, i == 0 ? -1 : gold[i - 1], i < 2 ? -1 : gold[i - 2], local);
            goldScore += local[gold[i]];
            int found = -1;
            if (goldAt >= 0)
            {
                for (int k = 0; k < m; k++)
                {
                    if (tag[row + k] == gold[i] && (i == 0 || back[row + k] == goldAt))
                    {
                        found = k;
                        break;
                    }
                }
            }

            goldAt = found;
            if (found != 0 && (update < 0 || score[row] - goldScore > worst))
            {
                update = i;
                worst = score[row] - goldScore;
            }

            if (found < 0 && fellOff < 0)
            {
                fellOff = i;
                if (!maxViolation) break;
            }
        }

        int end;
        if (training)
        {
            // No update when the gold sequence came out best; otherwise early update at the step where it left the
            // beam (or the last step, when it stayed in but lost), max-violation at the step of the largest violation.
            end = fellOff < 0 && goldAt == 0 ? -1 : maxViolation ? update : fellOff >= 0 ? fellOff : n - 1;
            if (end < 0)
            {
                gold.CopyTo(result);
                return -1;
            }
        }
        else
        {
            end = n - 1;
        }

        for (int i = end, k = 0; i >= 0; i--)
        {
            result[i] = tag[i * width + k];
            k = back[i * width + k];
        }

        return training ? end : -1;
    }
}
