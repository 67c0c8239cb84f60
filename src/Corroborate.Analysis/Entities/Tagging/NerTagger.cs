using System.Reflection;
using System.Runtime.CompilerServices;

namespace Corroborate.Analysis.Entities.Tagging;

/// <summary>
/// BILOU tagger over an averaged perceptron with beam search (<see cref="BeamSearch"/>, width 1 = greedy), run twice
/// per document: the second pass sees what the first pass found elsewhere in the article (document-level consistency
/// of repeated names). Thread-safe: the model and the transition tables are read-only.
/// </summary>
public sealed class NerTagger
{
    private static readonly Lazy<NerTagger> Embedded = new(LoadEmbedded);

    // Scores of the tag-only history features for every (previous + 1, previous-but-one + 1) pair, so decoding looks
    // them up in a table instead of hashing and probing them for every hypothesis.
    private readonly float[] _transitions;
    private readonly Scorer _score;

    /// <summary>A tagger decoding with the beam width the model was trained with (its "beam" info; 1 when absent).</summary>
    public NerTagger(PerceptronModel model)
        : this(model, BeamWidthOf(model))
    {
    }

    public NerTagger(PerceptronModel model, int beamWidth)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfLessThan(beamWidth, 1);
        Model = model;
        BeamWidth = beamWidth;
        BeamMargin = MarginInWeights * model.MeanAbsoluteWeight;
        _score = model.Score;
        _transitions = Transitions(_score);
    }

    public PerceptronModel Model { get; }

    /// <summary>Hypotheses kept per token (1 = greedy).</summary>
    public int BeamWidth { get; }

    /// <summary>Hypotheses this far below a step's best are dropped (<see cref="MarginInWeights"/> mean absolute weights).</summary>
    public float BeamMargin { get; }

    /// <summary>
    /// The beam margin in units of the model's mean absolute weight (0.237–0.253 for every model trained in ner5). Most
    /// tokens then keep a single hypothesis and decode at greedy cost. CoNLL valid F1 of the structured beam-4 models
    /// (ner5 2026-11-23, margins in score units): seed 0 unpruned 0.9355, margin 200 0.9355, 100 0.9357, 50 0.9353,
    /// 20 0.9198; seed 1 unpruned 0.9369, 100 0.9369, 50 0.9355; beam 8, 100: 0.9373 against 0.9374 unpruned.
    /// 400 × 0.24 ≈ 100.
    /// </summary>
    public const float MarginInWeights = 400f;

    /// <summary>The model trained on CoNLL-2003 that ships with Corroborate.</summary>
    public static NerTagger Default => Embedded.Value;

    /// <summary>The model's "beam" info as written by the trainer, or 1 (greedy) for a model without one.</summary>
    public static int BeamWidthOf(PerceptronModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.Info.TryGetValue(BeamInfo, out var value) && int.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out int width) && width >= 1 ? width : 1;
    }

    /// <summary>The model info key under which the trainer records its beam width.</summary>
    public const string BeamInfo = "beam";

    /// <summary>Tags each sentence of a document (a list of token strings per sentence).</summary>
    public int[][] TagDocument(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var context = new DocumentContext();
        var plain = new DocumentContext();
        var views = new FeatureExtractor.Sentence[sentences.Count];
        for (int s = 0; s < sentences.Count; s++)
        {
            views[s] = new FeatureExtractor.Sentence(sentences[s], plain);
            context.AddSentence(views[s]);
        }

        FeatureExtractor.AggregateNeighbours(views);

        var first = new int[sentences.Count][];
        for (int s = 0; s < sentences.Count; s++)
        {
            first[s] = Decode(views[s]);
            context.AddTags(views[s], first[s]);
        }

        var result = new int[sentences.Count][];
        for (int s = 0; s < sentences.Count; s++)
        {
            views[s].Context = context;
            views[s].FirstPass = first[s];
            views[s].SpanEvidence = context.SpanEvidence(views[s]);
            result[s] = Decode(views[s]);
        }

        return result;
    }

    /// <summary>Adds the weights of features to per-tag scores (the shipped model, or the trainer's current weights).</summary>
    internal delegate void Scorer(ReadOnlySpan<ulong> features, Span<float> scores);

    /// <summary>
    /// Decoding with the shipped model: the context-free features are hashed and scored once per token and reused by the
    /// second pass, the contextual ones once per token and pass, and only the history features per hypothesis.
    /// </summary>
    // The tagger's hot methods are compiled fully optimised at once: under tiered PGO they ran instrumented for the
    // first seconds of a run (BBC corpus harness, entities stage ~210k tokens/s by default, ~286k with TieredPGO=0,
    // ~380k with tiered compilation off; ner3 2026-11-23).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal int[] Decode(FeatureExtractor.Sentence sentence)
    {
        int n = sentence.Length;
        var baseScores = sentence.ContextFreeScores;
        Span<ulong> features = stackalloc ulong[Math.Max(FeatureExtractor.ContextFreeCount, FeatureExtractor.ContextualCount)];
        if (baseScores is null)
        {
            baseScores = new float[n * NerTags.Count];
            var contextFree = features[..FeatureExtractor.ContextFreeCount];
            for (int i = 0; i < n; i++)
            {
                FeatureExtractor.ContextFree(sentence, i, contextFree);
                Model.Score(contextFree, baseScores.AsSpan(i * NerTags.Count, NerTags.Count));
                if (i < sentence.Aggregates.Length) Model.Score(sentence.Aggregates[i], baseScores.AsSpan(i * NerTags.Count, NerTags.Count));
            }

            sentence.ContextFreeScores = baseScores;
        }

        var scores = (float[])baseScores.Clone();
        var contextual = features[..FeatureExtractor.ContextualCount];
        for (int i = 0; i < n; i++)
        {
            FeatureExtractor.Contextual(sentence, i, contextual);
            Model.Score(contextual, scores.AsSpan(i * NerTags.Count, NerTags.Count));
        }

        var history = new ModelHistory(_score, _transitions, sentence);
        return BeamSearch.Decode(scores, n, BeamWidth, ref history, BeamMargin);
    }

    /// <summary>
    /// Decoding with any scorer (the trainer's current weights) and its <see cref="Transitions"/> table: the same search
    /// as the shipped tagger, unpruned (<see cref="BeamMargin"/> is stated for finished models).
    /// </summary>
    internal static int[] Decode(FeatureExtractor.Sentence sentence, Scorer score, float[] transitions, int beamWidth)
    {
        var scores = StaticScores(sentence, score);
        var history = new ModelHistory(score, transitions, sentence);
        return BeamSearch.Decode(scores, sentence.Length, beamWidth, ref history);
    }

    /// <summary>Per token, the scores of its static and aggregated features (length × tag count).</summary>
    internal static float[] StaticScores(FeatureExtractor.Sentence sentence, Scorer score)
    {
        var scores = new float[sentence.Length * NerTags.Count];
        Span<ulong> features = stackalloc ulong[MaxStatic];
        for (int i = 0; i < sentence.Length; i++) score(features[..StaticFeatures(sentence, i, features)], scores.AsSpan(i * NerTags.Count, NerTags.Count));
        return scores;
    }

    /// <summary>The most features <see cref="StaticFeatures"/> writes for one token.</summary>
    internal const int MaxStatic = FeatureExtractor.StaticCount + FeatureExtractor.MaxAggregates;

    /// <summary>Static and aggregated features of token i (those that do not read the tags before it); returns how many.</summary>
    internal static int StaticFeatures(FeatureExtractor.Sentence sentence, int i, Span<ulong> features)
    {
        FeatureExtractor.Static(sentence, i, features);
        int n = FeatureExtractor.StaticCount;
        if (i >= sentence.Aggregates.Length) return n;
        sentence.Aggregates[i].CopyTo(features[n..]);
        return n + sentence.Aggregates[i].Length;
    }

    private const int Histories = NerTags.Count + 1;

    /// <summary>The scores of the tag-only history features for every pair of previous tags (see <see cref="FeatureExtractor.Transition"/>).</summary>
    internal static float[] Transitions(Scorer score)
    {
        var table = new float[Histories * Histories * NerTags.Count];
        Span<ulong> features = stackalloc ulong[FeatureExtractor.TransitionCount];
        for (int p = 0; p < Histories; p++)
        {
            for (int q = 0; q < Histories; q++)
            {
                FeatureExtractor.Transition(p, q, features);
                score(features, table.AsSpan((p * Histories + q) * NerTags.Count, NerTags.Count));
            }
        }

        return table;
    }

    /// <summary>
    /// History scores from a transition table and the word-history features, the latter scored once per token and
    /// previous tag: hypotheses in a beam mostly share their previous tag.
    /// </summary>
    private struct ModelHistory(Scorer score, float[] transitions, FeatureExtractor.Sentence sentence) : IHistoryScorer
    {
        private readonly float[] _cache = new float[Histories * NerTags.Count];
        private readonly int[] _cachedAt = NewStamps();

        private static int[] NewStamps()
        {
            var stamps = new int[Histories];
            Array.Fill(stamps, -1);
            return stamps;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public readonly void Add(int i, int prev, int prev2, Span<float> scores)
        {
            int p = prev + 1;
            var word = _cache.AsSpan(p * NerTags.Count, NerTags.Count);
            if (_cachedAt[p] != i)
            {
                word.Clear();
                Span<ulong> features = stackalloc ulong[FeatureExtractor.WordHistoryCount];
                FeatureExtractor.WordHistory(sentence, i, p, features);
                score(features, word);
                _cachedAt[p] = i;
            }

            var tags = transitions.AsSpan((p * Histories + prev2 + 1) * NerTags.Count, NerTags.Count);
            for (int t = 0; t < NerTags.Count; t++) scores[t] += tags[t] + word[t];
        }
    }

    private static NerTagger LoadEmbedded()
    {
        var assembly = typeof(NerTagger).Assembly;
        using var stream = assembly.GetManifestResourceStream("Corroborate.Analysis.Entities.ner.model")
            ?? throw new InvalidOperationException("The NER model resource is missing from the build.");
        return new NerTagger(PerceptronModel.Load(stream));
    }
}
