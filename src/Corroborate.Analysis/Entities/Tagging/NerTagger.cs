using System.Reflection;
using System.Runtime.CompilerServices;

namespace Corroborate.Analysis.Entities.Tagging;

/// <summary>
/// Greedy left-to-right BILOU tagger over an averaged perceptron, run twice per document: the second pass sees
/// what the first pass found elsewhere in the article (document-level consistency of repeated names).
/// Thread-safe: the model is read-only.
/// </summary>
public sealed class NerTagger
{
    private static readonly Lazy<NerTagger> Embedded = new(LoadEmbedded);

    public NerTagger(PerceptronModel model) => Model = model;

    public PerceptronModel Model { get; }

    /// <summary>The model trained on CoNLL-2003 that ships with Corroborate.</summary>
    public static NerTagger Default => Embedded.Value;

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
    /// Greedy decoding with the shipped model. Same decisions as <see cref="Decode(FeatureExtractor.Sentence, Scorer)"/>,
    /// but the context-free features are hashed and scored once per token and reused by the second pass.
    /// </summary>
    // The tagger's hot methods are compiled fully optimised at once: under tiered PGO they ran instrumented for the
    // first seconds of a run (BBC corpus harness, entities stage ~210k tokens/s by default, ~286k with TieredPGO=0,
    // ~380k with tiered compilation off; ner3 2026-11-23).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal int[] Decode(FeatureExtractor.Sentence sentence)
    {
        int n = sentence.Length;
        var baseScores = sentence.ContextFreeScores;
        Span<ulong> features = stackalloc ulong[Math.Max(FeatureExtractor.ContextFreeCount, FeatureExtractor.ContextualCount + FeatureExtractor.DynamicCount)];
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

        var tags = new int[n];
        var rest = features[..(FeatureExtractor.ContextualCount + FeatureExtractor.DynamicCount)];
        Span<float> scores = stackalloc float[NerTags.Count];
        for (int i = 0; i < n; i++)
        {
            int prev = i > 0 ? tags[i - 1] : -1, prev2 = i > 1 ? tags[i - 2] : -1;
            FeatureExtractor.Contextual(sentence, i, rest[..FeatureExtractor.ContextualCount]);
            FeatureExtractor.Dynamic(sentence, i, prev + 1, prev2 + 1, rest[FeatureExtractor.ContextualCount..]);
            baseScores.AsSpan(i * NerTags.Count, NerTags.Count).CopyTo(scores);
            Model.Score(rest, scores);
            tags[i] = Best(scores, prev);
        }

        return tags;
    }

    /// <summary>Greedy decoding: each token's tag from its features and the two tags before it.</summary>
    internal static int[] Decode(FeatureExtractor.Sentence sentence, Scorer score)
    {
        var tags = new int[sentence.Length];
        Span<ulong> features = stackalloc ulong[MaxFeatures];
        Span<float> scores = stackalloc float[NerTags.Count];
        for (int i = 0; i < sentence.Length; i++)
        {
            int count = Features(sentence, i, tags, features);
            scores.Clear();
            score(features[..count], scores);
            tags[i] = Best(scores, i > 0 ? tags[i - 1] : -1);
        }

        return tags;
    }

    /// <summary>The most features <see cref="Features"/> writes for one token.</summary>
    internal const int MaxFeatures = FeatureExtractor.StaticCount + FeatureExtractor.DynamicCount + FeatureExtractor.MaxAggregates;

    /// <summary>Static, dynamic and aggregated features of token i, given the tags decided before it; returns how many.</summary>
    internal static int Features(FeatureExtractor.Sentence sentence, int i, int[] tags, Span<ulong> features)
    {
        int prev = i > 0 ? tags[i - 1] : -1, prev2 = i > 1 ? tags[i - 2] : -1;
        FeatureExtractor.Static(sentence, i, features);
        int n = FeatureExtractor.StaticCount + FeatureExtractor.DynamicCount;
        FeatureExtractor.Dynamic(sentence, i, prev + 1, prev2 + 1, features[FeatureExtractor.StaticCount..n]);
        if (i >= sentence.Aggregates.Length) return n;
        sentence.Aggregates[i].CopyTo(features[n..]);
        return n + sentence.Aggregates[i].Length;
    }

    /// <summary>The best tag that keeps BILOU legal after <paramref name="prev"/> (-1 at sentence start).</summary>
    internal static int Best(ReadOnlySpan<float> scores, int prev)
    {
        var allowed = AllowedAfter.AsSpan((prev + 1) * NerTags.Count, NerTags.Count);
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

    // NerTags.Allowed for every (previous + 1, tag): Best runs twice per token per pass, and the rule's divisions
    // showed in profiles (ner3 2026-11-23).
    private static readonly bool[] AllowedAfter = BuildAllowed();

    private static bool[] BuildAllowed()
    {
        var table = new bool[(NerTags.Count + 1) * NerTags.Count];
        for (int prev = -1; prev < NerTags.Count; prev++)
        {
            for (int t = 0; t < NerTags.Count; t++) table[(prev + 1) * NerTags.Count + t] = NerTags.Allowed(prev, t);
        }

        return table;
    }

    private static NerTagger LoadEmbedded()
    {
        var assembly = typeof(NerTagger).Assembly;
        using var stream = assembly.GetManifestResourceStream("Corroborate.Analysis.Entities.ner.model")
            ?? throw new InvalidOperationException("The NER model resource is missing from the build.");
        return new NerTagger(PerceptronModel.Load(stream));
    }
}
