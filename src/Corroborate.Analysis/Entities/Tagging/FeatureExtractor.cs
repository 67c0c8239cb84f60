using System.Runtime.CompilerServices;
using Corroborate.Text;

namespace Corroborate.Analysis.Entities.Tagging;

/// <summary>
/// The tagger's features, hashed to 64 bits with a template id as seed (no strings kept at run time).
/// Static features depend on the words only and are computed once per token; dynamic ones combine the
/// previous predicted tags with the word and are computed during decoding.
/// </summary>
internal static class FeatureExtractor
{
    public const int StaticCount = ContextFreeCount + ContextualCount;
    public const int ContextFreeCount = 36;
    public const int ContextualCount = 5;
    public const int DynamicCount = TransitionCount + WordHistoryCount;

    /// <summary>Dynamic features that read the previous tags alone (<see cref="Transition"/>) and with the word (<see cref="WordHistory"/>).</summary>
    public const int TransitionCount = 2, WordHistoryCount = 2;

    private static readonly ulong Bias = H(1, "bias");
    private static readonly ulong StartShape = H(4, "<s>"), EndShape = H(4, "</s>");
    private static readonly ulong StartLower = H(3, "<s>"), EndLower = H(3, "</s>");

    private static ulong H(int template, ReadOnlySpan<char> value) => StableHash.Fnv1a(value, (ulong)template * 0x9E3779B97F4A7C15UL);

    private static ulong H(int template, ulong a, ulong b) => StableHash.Mix(a ^ (b * 31), (ulong)template);

    /// <summary>Per-sentence views of each token: normalised word, lower case, shape.</summary>
    public sealed class Sentence
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public Sentence(IReadOnlyList<string> words, DocumentContext? context = null)
        {
            int n = words.Count;
            Words = new string[n];
            Lower = new string[n];
            Shapes = new string[n];
            ShapeHash = new ulong[n];
            LowerHash = new ulong[n];
            bool allCaps = true;
            int letters = 0;
            for (int i = 0; i < n; i++)
            {
                Words[i] = WordFeatures.Normalize(words[i]);
                Lower[i] = Words[i].ToLowerInvariant();
                Shapes[i] = WordFeatures.Shape(Words[i]);
                ShapeHash[i] = H(4, Shapes[i]);
                LowerHash[i] = H(3, Lower[i]);
                if (HasLetter(Words[i]))
                {
                    letters++;
                    allCaps &= WordFeatures.IsAllCaps(Words[i]);
                }
            }

            AllCaps = allCaps && letters >= 3;
            Context = context;
            PlaceMarks = Gazetteers.MarkPlaces(Words, AllCaps);
            OrganisationMarks = Gazetteers.MarkOrganisations(Words, AllCaps);
            GroupMarks = Gazetteers.MarkGroups(Words, AllCaps);
            Classes = new uint[n];
            for (int i = 0; i < n; i++) Classes[i] = Gazetteers.ClassOf(Words[i]);
        }

        private static bool HasLetter(string word)
        {
            foreach (char c in word)
            {
                if (char.IsLetter(c)) return true;
            }

            return false;
        }

        public string[] Words { get; }
        public string[] Lower { get; }
        public string[] Shapes { get; }

        /// <summary>Hashes of <see cref="Shapes"/> and <see cref="Lower"/> as features combine them (computed once per token).</summary>
        public ulong[] ShapeHash { get; }
        public ulong[] LowerHash { get; }
        public bool AllCaps { get; }

        /// <summary>1 where a listed place name starts, 2 inside one (see <see cref="Gazetteers"/>).</summary>
        public byte[] PlaceMarks { get; }

        /// <summary>Listed organisations, marked as <see cref="PlaceMarks"/>.</summary>
        public byte[] OrganisationMarks { get; }

        /// <summary>Listed nationalities, languages, religions and events, marked as <see cref="PlaceMarks"/>.</summary>
        public byte[] GroupMarks { get; }

        /// <summary>Distributional class path of each word (0 when the word is rare or unseen; see <see cref="Gazetteers.ClassOf"/>).</summary>
        public uint[] Classes { get; }
        /// <summary>
        /// Per token, the neighbour features aggregated over the document (see <see cref="FeatureExtractor.AggregateNeighbours"/>);
        /// empty arrays until set.
        /// </summary>
        public ulong[][] Aggregates { get; set; } = [];

        /// <summary>Set between the two passes of <see cref="NerTagger.TagDocument"/>; the word views are computed once.</summary>
        public DocumentContext? Context { get; set; }

        /// <summary>Per-tag scores of each token's <see cref="ContextFree"/> features (Length × tag count), kept between passes.</summary>
        public float[]? ContextFreeScores { get; set; }

        /// <summary>The first pass's tags for this sentence, set with <see cref="Context"/> (null during the first pass).</summary>
        public int[]? FirstPass { get; set; }

        /// <summary>Per token, the first pass's type for longer names containing its capitalised run (<see cref="DocumentContext.SpanEvidence"/>); null during the first pass.</summary>
        public int[]? SpanEvidence { get; set; }
        public int Length => Words.Length;
    }

    /// <summary>All word features of token i: <see cref="ContextFree"/>, then <see cref="Contextual"/>.</summary>
    public static void Static(Sentence s, int i, Span<ulong> f)
    {
        ContextFree(s, i, f[..ContextFreeCount]);
        Contextual(s, i, f[ContextFreeCount..StaticCount]);
    }

    /// <summary>Features of the words alone: the same in both passes, so the tagger scores them once per token.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void ContextFree(Sentence s, int i, Span<ulong> f)
    {
        string w = s.Words[i], lw = s.Lower[i];
        string prev = i > 0 ? s.Lower[i - 1] : "<s>", next = i + 1 < s.Length ? s.Lower[i + 1] : "</s>";
        string prev2 = i > 1 ? s.Lower[i - 2] : "<s>", next2 = i + 2 < s.Length ? s.Lower[i + 2] : "</s>";
        ulong shape = s.ShapeHash[i], prevShape = i > 0 ? s.ShapeHash[i - 1] : StartShape, nextShape = i + 1 < s.Length ? s.ShapeHash[i + 1] : EndShape;
        ulong prevLower = i > 0 ? s.LowerHash[i - 1] : StartLower, nextLower = i + 1 < s.Length ? s.LowerHash[i + 1] : EndLower;
        ulong hw = H(2, lw);
        f[0] = Bias;
        f[1] = H(2, w);
        f[2] = s.LowerHash[i];
        f[3] = shape;
        f[4] = H(5, lw.AsSpan(0, Math.Min(2, lw.Length)));
        f[5] = H(6, lw.AsSpan(0, Math.Min(3, lw.Length)));
        f[6] = H(7, lw.AsSpan(Math.Max(0, lw.Length - 2)));
        f[7] = H(8, lw.AsSpan(Math.Max(0, lw.Length - 3)));
        f[8] = H(9, lw.AsSpan(Math.Max(0, lw.Length - 4)));
        f[9] = H(10, prev);
        f[10] = H(11, next);
        f[11] = H(12, prev2);
        f[12] = H(13, next2);
        f[13] = H(14, prevShape, shape);
        f[14] = H(15, shape, nextShape);
        f[15] = H(16, i == 0 ? 1UL : 0UL, shape);
        f[16] = H(17, s.AllCaps ? 1UL : 0UL, hw);
        f[17] = H(18, hw, nextLower);
        f[18] = H(19, prevLower, hw);
        f[19] = H(20, i > 0 ? H(2, s.Words[i - 1]) : 0UL, shape);
        f[20] = H(21, shape, i + 1 < s.Length ? H(2, s.Words[i + 1]) : 0UL);
        f[21] = H(22, lw.AsSpan(0, Math.Min(4, lw.Length)));
        f[22] = H(25, s.PlaceMarks[i], shape);
        f[23] = H(26, Gazetteers.FirstNames.Contains(w) ? 1UL : 0UL, i + 1 < s.Length ? nextShape : 0UL);
        // Class paths at several granularities (Ratinov & Roth 2009 use Brown-cluster prefixes of 4, 6, 10, 20 bits).
        uint c = s.Classes[i], cPrev = i > 0 ? s.Classes[i - 1] : 1u << 31, cNext = i + 1 < s.Length ? s.Classes[i + 1] : 1u << 31;
        f[24] = H(27, Gazetteers.Prefix(c, 8), shape);
        f[25] = H(28, Gazetteers.Prefix(cPrev, 8), Gazetteers.Prefix(c, 8));
        f[26] = H(29, Gazetteers.Prefix(c, 8), Gazetteers.Prefix(cNext, 8));
        f[27] = H(36, Gazetteers.Prefix(c, 4), 0);
        f[28] = H(37, Gazetteers.Prefix(c, 6), 0);
        f[29] = H(38, Gazetteers.Prefix(c, 10), 0);
        f[30] = H(39, c, 0);
        f[31] = H(40, Gazetteers.Prefix(cPrev, 6), 1);
        f[32] = H(41, Gazetteers.Prefix(cNext, 6), 2);
        f[33] = H(42, s.OrganisationMarks[i], shape);
        f[34] = H(43, s.GroupMarks[i], shape);
        f[35] = H(44, (ulong)s.PlaceMarks[i] << 4 | (ulong)s.OrganisationMarks[i] << 2 | s.GroupMarks[i], i + 1 < s.Length ? nextLower : 0UL);
    }

    /// <summary>
    /// At most this many aggregated neighbour features per word type (the first ones in document order). CoNLL valid F1
    /// 0.9174 with 16, 0.9205 with 32, the same with 64, headlines included (ner3 2026-11-23); the cap bounds the cost on long articles.
    /// </summary>
    public const int MaxAggregates = 32;

    /// <summary>
    /// Context aggregation (Ratinov &amp; Roth 2009): a capitalised word gets as features the words seen beside every
    /// mid-sentence capitalised occurrence of it in the document ("Magna 's", "with Magna after", "Magna was up"),
    /// so an occurrence at a sentence start borrows the evidence of the others. Word-only evidence, so both passes
    /// use it and it is scored with the context-free features. CoNLL valid F1 0.9126 → 0.9176 (ner3 2026-11-23).
    /// All-caps headlines get none: with them F1 was 0.9205, but "MERKEL WARNS OF SLOWDOWN" became one organisation
    /// (EntityTrapsTests); on templates of their own, apart from body text, 0.9207 → 0.9212 single-seed (ner4 2026-11-23,
    /// within noise) and the same trap still failed. The words two away as well gave 0.9179.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AggregateNeighbours(IReadOnlyList<Sentence> sentences)
    {
        var found = new Dictionary<string, List<ulong>>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            if (s.AllCaps) continue;
            for (int i = 1; i < s.Length; i++)
            {
                if (!WordFeatures.IsCapitalized(s.Words[i])) continue;
                if (!found.TryGetValue(s.Lower[i], out var list)) found[s.Lower[i]] = list = [];
                Add(list, H(45, 0, s.LowerHash[i - 1]));
                Add(list, H(46, 0, i + 1 < s.Length ? s.LowerHash[i + 1] : EndLower));
            }
        }

        var arrays = found.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            var aggregates = new ulong[s.Length][];
            for (int i = 0; i < s.Length; i++)
            {
                aggregates[i] = !s.AllCaps && WordFeatures.IsCapitalized(s.Words[i]) && arrays.TryGetValue(s.Lower[i], out var a) ? a : [];
            }

            s.Aggregates = aggregates;
        }

        static void Add(List<ulong> list, ulong feature)
        {
            if (list.Count < MaxAggregates && !list.Contains(feature)) list.Add(feature);
        }
    }

    /// <summary>Features of the document context (<see cref="Sentence.Context"/>, <see cref="Sentence.FirstPass"/>), which change between passes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Contextual(Sentence s, int i, Span<ulong> f)
    {
        string lw = s.Lower[i];
        ulong shape = s.ShapeHash[i];
        var ctx = s.Context;
        f[0] = H(23, ctx?.CapitalisedElsewhere(lw) ?? 2UL, shape);
        f[1] = H(24, ctx?.FirstPassType(lw) ?? 9UL, shape);
        // Stacking: the first pass's tags around this token (99 = none: first pass, or beyond the sentence).
        var fp = s.FirstPass;
        ulong fpHere = fp is null ? 99UL : (ulong)fp[i];
        f[2] = H(34, fp is null || i == 0 ? 99UL : (ulong)fp[i - 1], fpHere);
        f[3] = H(35, fpHere, fp is null || i + 1 >= s.Length ? 99UL : (ulong)fp[i + 1]);
        // Whole-name evidence: the type of the first pass's longer names that contain the token's capitalised run.
        int e = s.SpanEvidence is { } ev ? ev[i] : DocumentContext.NoEvidence;
        f[4] = H(48, (ulong)(e & 0xFF), (ulong)(e >> 8));
    }

    /// <summary>Features of the previous two predicted tags (each + 1, so 0 is "none"): <see cref="Transition"/>, then <see cref="WordHistory"/>.</summary>
    public static void Dynamic(Sentence s, int i, int prevTag, int prev2Tag, Span<ulong> f)
    {
        Transition(prevTag, prev2Tag, f[..TransitionCount]);
        WordHistory(s, i, prevTag, f[TransitionCount..DynamicCount]);
    }

    /// <summary>The tags alone, whatever the word: the beam decoder scores them once per model, as tables.</summary>
    public static void Transition(int prevTag, int prev2Tag, Span<ulong> f)
    {
        f[0] = H(30, (ulong)prevTag, 0);
        f[1] = H(31, (ulong)prevTag, (ulong)prev2Tag);
    }

    /// <summary>The previous tag with the word: scored once per token and distinct previous tag in the beam.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void WordHistory(Sentence s, int i, int prevTag, Span<ulong> f)
    {
        f[0] = H(32, (ulong)prevTag, s.LowerHash[i]);
        f[1] = H(33, (ulong)prevTag, s.ShapeHash[i]);
    }
}

/// <summary>
/// Document-level evidence for the second pass (names are tagged consistently within an article):
/// whether a word appears capitalised mid-sentence elsewhere, and the type the first pass gave it.
/// </summary>
internal sealed class DocumentContext
{
    private readonly HashSet<string> _capitalisedMidSentence = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> _firstPass = new(StringComparer.Ordinal);
    private readonly List<(string[] Words, int Type)> _spans = [];
    private readonly Dictionary<string, List<int>> _spansByWord = new(StringComparer.Ordinal);

    /// <summary>Evidence code of a token outside any capitalised run, or before the first pass (see <see cref="SpanEvidence"/>).</summary>
    public const int NoEvidence = 99;

    /// <summary>Evidence code of every token of an all-caps headline in the second pass.</summary>
    public const int HeadlineEvidence = 98;

    public void AddSentence(FeatureExtractor.Sentence s)
    {
        for (int i = 1; i < s.Length; i++)
        {
            if (!s.AllCaps && WordFeatures.IsCapitalized(s.Words[i])) _capitalisedMidSentence.Add(s.Lower[i]);
        }
    }

    public void AddTags(FeatureExtractor.Sentence s, ReadOnlySpan<int> tags)
    {
        for (int i = 0; i < s.Length; i++)
        {
            int type = NerTags.TypeOf(tags[i]);
            if (type < 0 && !WordFeatures.IsCapitalized(s.Words[i])) continue;
            if (!_firstPass.TryGetValue(s.Lower[i], out var counts)) _firstPass[s.Lower[i]] = counts = new int[NerTags.Types.Length + 1];
            counts[type + 1]++;
        }

        foreach (var (start, end, type) in NerTags.Chunks(tags))
        {
            if (end - start < 2) continue;
            var words = s.Lower[start..end];
            int id = _spans.Count;
            _spans.Add((words, type));
            foreach (var w in words)
            {
                if (!_spansByWord.TryGetValue(w, out var ids)) _spansByWord[w] = ids = [];
                if (ids.Count == 0 || ids[^1] != id) ids.Add(id);
            }
        }
    }

    /// <summary>
    /// Whole-name evidence for the second pass (the name-level counterpart of <see cref="FirstPassType"/>): for each run of
    /// capitalised words, the type the first pass gave the longer names in the article that contain it ("Rotor" inside
    /// "Rotor Volgograd", "Magna" inside "Magna International"), so a short form follows its full name. Packed per token as
    /// code | position in the run (B, I, L, U) &lt;&lt; 8; the code is a type 0–3, +8 when not unanimous, or 4 when no
    /// name contains the run. All-caps headlines get only a headline code (their runs swallow whole lines). CoNLL valid F1, single seed
    /// (ner4 2026-11-23): with the same full name's types as well 0.9138, with names inside the run as well 0.9162,
    /// containing names alone 0.9179–0.9207 (runs differing only in unrelated features), main 0.9194; the others mostly
    /// echo the first pass, which is near-perfect on training data. Mean of 3 seeds: main 0.9207, with this 0.9220 (ORG 0.866 → 0.874),
    /// and with headline words coded apart (<see cref="HeadlineEvidence"/>) 0.9246.
    /// </summary>
    public int[] SpanEvidence(FeatureExtractor.Sentence s)
    {
        var result = new int[s.Length];
        Array.Fill(result, NoEvidence);
        if (s.AllCaps)
        {
            // A code of their own: headline words otherwise share the no-evidence weights of lower-case body words,
            // and "MERKEL WARNS OF SLOWDOWN" came out as one organisation (EntityTrapsTests, ner4 2026-11-23).
            Array.Fill(result, HeadlineEvidence);
            return result;
        }

        if (_spans.Count == 0) return result;
        Span<int> counts = stackalloc int[NerTags.Types.Length];
        for (int a = 0; a < s.Length;)
        {
            if (!WordFeatures.IsCapitalized(s.Words[a]))
            {
                a++;
                continue;
            }

            int b = a + 1;
            while (b < s.Length && WordFeatures.IsCapitalized(s.Words[b])) b++;
            var run = s.Lower.AsSpan(a, b - a);
            counts.Clear();
            if (_spansByWord.TryGetValue(run[0], out var ids))
            {
                foreach (int id in ids)
                {
                    var words = _spans[id].Words;
                    if (words.Length > run.Length && Contains(words, run)) counts[_spans[id].Type]++;
                }
            }

            int code = Code(counts);
            for (int i = a; i < b; i++)
            {
                int position = b - a == 1 ? 3 : i == a ? 0 : i == b - 1 ? 2 : 1;
                result[i] = code | position << 8;
            }

            a = b;
        }

        return result;

        static bool Contains(string[] words, ReadOnlySpan<string> run)
        {
            for (int o = 0; o + run.Length <= words.Length; o++)
            {
                if (words.AsSpan(o, run.Length).SequenceEqual(run)) return true;
            }

            return false;
        }

        static int Code(ReadOnlySpan<int> counts)
        {
            int best = 0, total = 0;
            for (int t = 0; t < counts.Length; t++)
            {
                total += counts[t];
                if (counts[t] > counts[best]) best = t;
            }

            if (total == 0) return 4;
            return best + (counts[best] == total ? 0 : 8);
        }
    }

    /// <summary>
    /// The type the first pass gave this word most often in the article (prediction history, Ratinov &amp; Roth 2009):
    /// 0–3 for a type, 4 when it was only seen capitalised outside names, 8 when not seen; +16 when not unanimous.
    /// </summary>
    public ulong FirstPassType(string lower)
    {
        if (!_firstPass.TryGetValue(lower, out var counts)) return 8UL;
        int best = 1, total = counts[0];
        for (int t = 1; t < counts.Length; t++)
        {
            total += counts[t];
            if (counts[t] > counts[best]) best = t;
        }

        if (counts[best] == 0) return 4UL;
        return (ulong)(best - 1) + (counts[best] == total ? 0UL : 16UL);
    }
    public ulong CapitalisedElsewhere(string lower) => _capitalisedMidSentence.Contains(lower) ? 1UL : 0UL;

}
