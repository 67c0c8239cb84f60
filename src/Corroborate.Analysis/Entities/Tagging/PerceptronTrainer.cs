namespace Corroborate.Analysis.Entities.Tagging;

/// <summary>
/// Trains the tagger: averaged perceptron (Collins 2002) with greedy decoding on predicted previous tags,
/// two-pass document context as at run time, seeded shuffling, and pruning of features whose averaged
/// weights are all near zero. Used by `corroborate train ner`; not part of the analysis path.
/// </summary>
public sealed class PerceptronTrainer
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
                    errors += TrainSentence(views[s], doc.Sentences[s].Tags);
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
        for (int i = 0; i < sentences.Length; i++)
        {
            sentences[i].Context = plain;
            first[i] = NerTagger.Decode(sentences[i], Score);
            context.AddTags(sentences[i], first[i]);
        }

        return (context, first);
    }

    private int TrainSentence(FeatureExtractor.Sentence sentence, IReadOnlyList<int> gold)
    {
        var tags = new int[sentence.Length];
        Span<ulong> buffer = stackalloc ulong[NerTagger.MaxFeatures];
        Span<float> scores = stackalloc float[NerTags.Count];
        int errors = 0;
        for (int i = 0; i < sentence.Length; i++)
        {
            var features = buffer[..NerTagger.Features(sentence, i, tags, buffer)];
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

            tags[i] = gold[i] == guess ? guess : NerTagger.Best(scores, i > 0 ? tags[i - 1] : -1);
        }

        return errors;
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
