namespace Corroborate.Analysis.Entities.Tagging;

/// <summary>
/// Trains the tagger: averaged perceptron (Collins 2002) over the same beam search the tagger decodes with, two-pass
/// document context as at run time, seeded shuffling, and pruning of features whose averaged weights are all near
/// zero. With <c>structured</c> the updates are on whole prefixes (structured perceptron with early update or
/// max-violation, see <see cref="BeamSearch.Train"/>); otherwise per token, on the predicted previous tags, as a
/// greedy classifier. Used by `corroborate train ner`; not part of the analysis path.
/// </summary>
public sealed class PerceptronTrainer(int beamWidth = 1, bool structured = false, bool maxViolation = false)
{
    private readonly Dictionary<ulong, int> _index = [];
    private readonly List<float> _weights = [];
    private readonly List<float> _totals = [];
    private readonly List<int> _stamps = [];
    private int _clock;

    /// <summary>One training document: sentences of (word, gold tag).</summary>
    public sealed record TrainingDocument(IReadOnlyList<(IReadOnlyList<string> Words, IReadOnlyList<int> Tags)> Sentences);

    public PerceptronModel Train(IReadOnlyList<TrainingDocument> documents, int epochs, int seed, IReadOnlyDictionary<string, string> info, Action<string>? log = null)
    {
        var rng = new Random(seed);
        var order = Enumerable.Range(0, documents.Count).ToArray();
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            rng.Shuffle(order);
            int errors = 0, tokens = 0;
            foreach (int d in order)
            {
                var doc = documents[d];
                var views = doc.Sentences.Select(s => new FeatureExtractor.Sentence(s.Words)).ToArray();
                FeatureExtractor.AggregateNeighbours(views);
                var (context, first) = BuildContext(views);
                for (int s = 0; s < views.Length; s++)
                {
                    views[s].Context = context;
                    views[s].FirstPass = first[s];
                    views[s].SpanEvidence = context.SpanEvidence(views[s]);
                    errors += structured ? TrainStructured(views[s], doc.Sentences[s].Tags) : TrainSentence(views[s], doc.Sentences[s].Tags);
                    tokens += views[s].Length;
                }
            }

            log?.Invoke($"epoch {epoch}: {errors} token errors / {tokens} tokens, {_index.Count} features");
        }

        return Average(info);
    }

    /// <summary>Run-time context uses first-pass predictions; in training the current model provides them.</summary>
    private (DocumentContext Context, int[][] FirstPass) BuildContext(FeatureExtractor.Sentence[] sentences)
    {
        var context = new DocumentContext();
        foreach (var s in sentences) context.AddSentence(s);
        var plain = new DocumentContext();
        var first = new int[sentences.Length][];
        var transitions = NerTagger.Transitions(Score);
        for (int i = 0; i < sentences.Length; i++)
        {
            sentences[i].Context = plain;
            first[i] = NerTagger.Decode(sentences[i], Score, transitions, beamWidth);
            context.AddTags(sentences[i], first[i]);
        }

        return (context, first);
    }

    /// <summary>
    /// One structured update: the beam searches with the gold sequence alongside; where it chooses, the gold prefix's
    /// features gain and the predicted prefix's lose. Returns the wrongly tagged tokens of the updated prefix.
    /// </summary>
    private int TrainStructured(FeatureExtractor.Sentence sentence, IReadOnlyList<int> gold)
    {
        int n = sentence.Length;
        var features = new ulong[n][];
        var scores = new float[n * NerTags.Count];
        Span<ulong> buffer = stackalloc ulong[NerTagger.MaxStatic];
        for (int i = 0; i < n; i++)
        {
            features[i] = buffer[..NerTagger.StaticFeatures(sentence, i, buffer)].ToArray();
            Score(features[i], scores.AsSpan(i * NerTags.Count, NerTags.Count));
        }

        var goldTags = gold.ToArray();
        var predicted = new int[n];
        var history = new TrainerHistory(this, sentence);
        int end = BeamSearch.Train(scores, n, beamWidth, ref history, goldTags, maxViolation, predicted);
        int errors = 0;
        Span<ulong> good = stackalloc ulong[FeatureExtractor.DynamicCount];
        Span<ulong> bad = stackalloc ulong[FeatureExtractor.DynamicCount];
        for (int i = 0; i <= end; i++)
        {
            int g = goldTags[i], p = predicted[i];
            if (g != p)
            {
                errors++;
                foreach (var f in features[i])
                {
                    Update(f, g, 1f);
                    Update(f, p, -1f);
                }
            }

            int gPrev = i > 0 ? goldTags[i - 1] : -1, gPrev2 = i > 1 ? goldTags[i - 2] : -1;
            int pPrev = i > 0 ? predicted[i - 1] : -1, pPrev2 = i > 1 ? predicted[i - 2] : -1;
            if (g == p && gPrev == pPrev && gPrev2 == pPrev2) continue;
            FeatureExtractor.Dynamic(sentence, i, gPrev + 1, gPrev2 + 1, good);
            FeatureExtractor.Dynamic(sentence, i, pPrev + 1, pPrev2 + 1, bad);
            foreach (var f in good) Update(f, g, 1f);
            foreach (var f in bad) Update(f, p, -1f);
        }

        _clock += n;
        return errors;
    }

    /// <summary>The trainer's current weights for the history features, looked up per hypothesis.</summary>
    private readonly struct TrainerHistory(PerceptronTrainer trainer, FeatureExtractor.Sentence sentence) : IHistoryScorer
    {
        public void Add(int i, int prev, int prev2, Span<float> scores)
        {
            Span<ulong> features = stackalloc ulong[FeatureExtractor.DynamicCount];
            FeatureExtractor.Dynamic(sentence, i, prev + 1, prev2 + 1, features);
            trainer.Score(features, scores);
        }
    }

    private int TrainSentence(FeatureExtractor.Sentence sentence, IReadOnlyList<int> gold)
    {
        var tags = new int[sentence.Length];
        Span<ulong> buffer = stackalloc ulong[NerTagger.MaxStatic + FeatureExtractor.DynamicCount];
        Span<float> scores = stackalloc float[NerTags.Count];
        int errors = 0;
        for (int i = 0; i < sentence.Length; i++)
        {
            int prev = i > 0 ? tags[i - 1] : -1, prev2 = i > 1 ? tags[i - 2] : -1;
            int count = NerTagger.StaticFeatures(sentence, i, buffer);
            FeatureExtractor.Dynamic(sentence, i, prev + 1, prev2 + 1, buffer[count..]);
            var features = buffer[..(count + FeatureExtractor.DynamicCount)];
            scores.Clear();
            Score(features, scores);
            int guess = NerTags_BestUnconstrained(scores);
            _clock++;
            if (guess != gold[i])
            {
                errors++;
                foreach (var f in features)
                {
                    Update(f, gold[i], 1f);
                    Update(f, guess, -1f);
                }
            }

            tags[i] = gold[i] == guess ? guess : BestAllowed(scores, prev);
        }

        return errors;
    }

    /// <summary>The best tag that keeps BILOU legal after <paramref name="prev"/> (-1 at sentence start).</summary>
    private static int BestAllowed(ReadOnlySpan<float> scores, int prev)
    {
        var allowed = NerTags.AllowedAfter.AsSpan((prev + 1) * NerTags.Count, NerTags.Count);
        int best = 0;
        float bestScore = float.NegativeInfinity;
        for (int t = 0; t < allowed.Length; t++)
        {
            if (allowed[t] && scores[t] > bestScore)
            {
                bestScore = scores[t];
                best = t;
            }
        }

        return best;
    }

    private static int NerTags_BestUnconstrained(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int t = 1; t < scores.Length; t++)
        {
            if (scores[t] > scores[best]) best = t;
        }

        return best;
    }

    private void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (var f in features)
        {
            if (!_index.TryGetValue(f, out int row)) continue;
            for (int t = 0; t < NerTags.Count; t++) scores[t] += _weights[row * NerTags.Count + t];
        }
    }

    private void Update(ulong feature, int tag, float delta)
    {
        if (!_index.TryGetValue(feature, out int row))
        {
            row = _index.Count;
            _index[feature] = row;
            for (int t = 0; t < NerTags.Count; t++)
            {
                _weights.Add(0);
                _totals.Add(0);
                _stamps.Add(0);
            }
        }

        int k = row * NerTags.Count + tag;
        _totals[k] += (_clock - _stamps[k]) * _weights[k];
        _stamps[k] = _clock;
        _weights[k] += delta;
    }

    private PerceptronModel Average(IReadOnlyDictionary<string, string> info)
    {
        var index = new Dictionary<ulong, int>();
        var weights = new List<float>();
        foreach (var (feature, row) in _index)
        {
            var avg = new float[NerTags.Count];
            bool useful = false;
            for (int t = 0; t < NerTags.Count; t++)
            {
                int k = row * NerTags.Count + t;
                float total = _totals[k] + (_clock - _stamps[k]) * _weights[k];
                avg[t] = total / _clock;
                useful |= Math.Abs(avg[t]) > PruneBelow;
            }

            if (!useful) continue;
            index[feature] = index.Count;
            weights.AddRange(avg);
        }

        return new PerceptronModel(index, [.. weights], info);
    }

    /// <summary>Averaged weights this small never change a decision in practice; dropping them shrinks the model several-fold.</summary>
    private const float PruneBelow = 1e-3f;
}
