using Corroborate.Text;

namespace Corroborate.Analysis.Entities.Tagging;

/// <summary>
/// The tagger's features, hashed to 64 bits with a template id as seed (no strings kept at run time).
/// Static features depend on the words only and are computed once per token; dynamic ones combine the
/// previous predicted tags with the word and are computed during decoding.
/// </summary>
internal static class FeatureExtractor
{
    public const int StaticCount = 40;
    public const int DynamicCount = 4;

    private static ulong H(int template, ReadOnlySpan<char> value) => StableHash.Fnv1a(value, (ulong)template * 0x9E3779B97F4A7C15UL);

    private static ulong H(int template, ulong a, ulong b) => StableHash.Mix(a ^ (b * 31), (ulong)template);

    /// <summary>Per-sentence views of each token: normalised word, lower case, shape.</summary>
    public sealed class Sentence
    {
        public Sentence(IReadOnlyList<string> words, DocumentContext? context = null)
        {
            int n = words.Count;
            Words = new string[n];
            Lower = new string[n];
            Shapes = new string[n];
            bool allCaps = true;
            int letters = 0;
            for (int i = 0; i < n; i++)
            {
                Words[i] = WordFeatures.Normalize(words[i]);
                Lower[i] = Words[i].ToLowerInvariant();
                Shapes[i] = WordFeatures.Shape(Words[i]);
                if (Words[i].Any(char.IsLetter))
                {
                    letters++;
                    allCaps &= WordFeatures.IsAllCaps(Words[i]);
                }
            }

            AllCaps = allCaps && letters >= 3;
            Context = context;
            PlaceMarks = Gazetteers.MarkPlaces(Words);
            OrganisationMarks = Gazetteers.MarkOrganisations(Words);
            GroupMarks = Gazetteers.MarkGroups(Words);
            Classes = new uint[n];
            for (int i = 0; i < n; i++) Classes[i] = Gazetteers.ClassOf(Words[i]);
        }

        public string[] Words { get; }
        public string[] Lower { get; }
        public string[] Shapes { get; }
        public bool AllCaps { get; }

        /// <summary>1 where a listed place name starts, 2 inside one (see <see cref="Gazetteers"/>).</summary>
        public byte[] PlaceMarks { get; }

        /// <summary>Listed organisations, marked as <see cref="PlaceMarks"/>.</summary>
        public byte[] OrganisationMarks { get; }

        /// <summary>Listed nationalities, languages, religions and events, marked as <see cref="PlaceMarks"/>.</summary>
        public byte[] GroupMarks { get; }

        /// <summary>Distributional class path of each word (0 when the word is rare or unseen; see <see cref="Gazetteers.ClassOf"/>).</summary>
        public uint[] Classes { get; }
        /// <summary>Set between the two passes of <see cref="NerTagger.TagDocument"/>; the word views are computed once.</summary>
        public DocumentContext? Context { get; set; }

        /// <summary>The first pass's tags for this sentence, set with <see cref="Context"/> (null during the first pass).</summary>
        public int[]? FirstPass { get; set; }
        public int Length => Words.Length;
    }

    public static void Static(Sentence s, int i, Span<ulong> f)
    {
        string w = s.Words[i], lw = s.Lower[i], shape = s.Shapes[i];
        string prev = i > 0 ? s.Lower[i - 1] : "<s>", next = i + 1 < s.Length ? s.Lower[i + 1] : "</s>";
        string prev2 = i > 1 ? s.Lower[i - 2] : "<s>", next2 = i + 2 < s.Length ? s.Lower[i + 2] : "</s>";
        string prevShape = i > 0 ? s.Shapes[i - 1] : "<s>", nextShape = i + 1 < s.Length ? s.Shapes[i + 1] : "</s>";
        ulong hw = H(2, lw);
        f[0] = H(1, "bias");
        f[1] = H(2, w);
        f[2] = H(3, lw);
        f[3] = H(4, shape);
        f[4] = H(5, lw.AsSpan(0, Math.Min(2, lw.Length)));
        f[5] = H(6, lw.AsSpan(0, Math.Min(3, lw.Length)));
        f[6] = H(7, lw.AsSpan(Math.Max(0, lw.Length - 2)));
        f[7] = H(8, lw.AsSpan(Math.Max(0, lw.Length - 3)));
        f[8] = H(9, lw.AsSpan(Math.Max(0, lw.Length - 4)));
        f[9] = H(10, prev);
        f[10] = H(11, next);
        f[11] = H(12, prev2);
        f[12] = H(13, next2);
        f[13] = H(14, H(4, prevShape), H(4, shape));
        f[14] = H(15, H(4, shape), H(4, nextShape));
        f[15] = H(16, i == 0 ? 1UL : 0UL, H(4, shape));
        f[16] = H(17, s.AllCaps ? 1UL : 0UL, hw);
        f[17] = H(18, hw, H(3, next));
        f[18] = H(19, H(3, prev), hw);
        f[19] = H(20, i > 0 ? H(2, s.Words[i - 1]) : 0UL, H(4, shape));
        f[20] = H(21, H(4, shape), i + 1 < s.Length ? H(2, s.Words[i + 1]) : 0UL);
        f[21] = H(22, lw.AsSpan(0, Math.Min(4, lw.Length)));
        var ctx = s.Context;
        f[22] = H(23, ctx?.CapitalisedElsewhere(lw) ?? 2UL, H(4, shape));
        f[23] = H(24, ctx?.FirstPassType(lw) ?? 9UL, H(4, shape));
        f[24] = H(25, s.PlaceMarks[i], H(4, shape));
        f[25] = H(26, Gazetteers.FirstNames.Contains(w) ? 1UL : 0UL, i + 1 < s.Length ? H(4, s.Shapes[i + 1]) : 0UL);
        // Class paths at several granularities (Ratinov & Roth 2009 use Brown-cluster prefixes of 4, 6, 10, 20 bits).
        uint c = s.Classes[i], cPrev = i > 0 ? s.Classes[i - 1] : 1u << 31, cNext = i + 1 < s.Length ? s.Classes[i + 1] : 1u << 31;
        f[26] = H(27, Gazetteers.Prefix(c, 8), H(4, shape));
        f[27] = H(28, Gazetteers.Prefix(cPrev, 8), Gazetteers.Prefix(c, 8));
        f[28] = H(29, Gazetteers.Prefix(c, 8), Gazetteers.Prefix(cNext, 8));
        f[31] = H(36, Gazetteers.Prefix(c, 4), 0);
        f[32] = H(37, Gazetteers.Prefix(c, 6), 0);
        f[33] = H(38, Gazetteers.Prefix(c, 10), 0);
        f[34] = H(39, c, 0);
        f[35] = H(40, Gazetteers.Prefix(cPrev, 6), 1);
        f[36] = H(41, Gazetteers.Prefix(cNext, 6), 2);
        f[37] = H(42, s.OrganisationMarks[i], H(4, shape));
        f[38] = H(43, s.GroupMarks[i], H(4, shape));
        f[39] = H(44, (ulong)s.PlaceMarks[i] << 4 | (ulong)s.OrganisationMarks[i] << 2 | s.GroupMarks[i], i + 1 < s.Length ? H(3, next) : 0UL);
        // Stacking: the first pass's tags around this token (99 = none: first pass, or beyond the sentence).
        var fp = s.FirstPass;
        ulong fpHere = fp is null ? 99UL : (ulong)fp[i];
        f[29] = H(34, fp is null || i == 0 ? 99UL : (ulong)fp[i - 1], fpHere);
        f[30] = H(35, fpHere, fp is null || i + 1 >= s.Length ? 99UL : (ulong)fp[i + 1]);
    }

    public static void Dynamic(Sentence s, int i, int prevTag, int prev2Tag, Span<ulong> f)
    {
        ulong hw = H(3, s.Lower[i]);
        f[0] = H(30, (ulong)prevTag, 0);
        f[1] = H(31, (ulong)prevTag, (ulong)prev2Tag);
        f[2] = H(32, (ulong)prevTag, hw);
        f[3] = H(33, (ulong)prevTag, H(4, s.Shapes[i]));
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
