using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace Corroborate.Analysis.Entities.Tagging;

/// <summary>
/// Name lists shipped with the tagger (Entities/Lexicons): places and common given names. They enter the model
/// only as features, so a listed word still needs context to be tagged (Georgia the state, the country, the name).
/// </summary>
internal static class Gazetteers
{
    private static readonly Lazy<FrozenSet<string>> PlacesSet = new(() => Load("places.txt"));
    private static readonly Lazy<Phrases> PlacePhrases = new(() => new Phrases(PlacesSet.Value));
    private static readonly Lazy<Phrases> OrganisationPhrases = new(() => new Phrases(Load("organisations.txt")));
    private static readonly Lazy<FrozenSet<string>> GroupsSet = new(() => Load("nationalities.txt"));
    private static readonly Lazy<Phrases> GroupPhrases = new(() => new Phrases(GroupsSet.Value));
    private static readonly Lazy<FrozenSet<string>> FirstNamesSet = new(() => Load("firstnames.txt"));
    private static readonly Lazy<FrozenSet<string>> FemaleNamesSet = new(() => Load("femalenames.txt"));
    private static readonly Lazy<FrozenDictionary<string, uint>> ClassesMap = new(LoadClasses);

    /// <summary>
    /// A word's distributional class path learnt from unlabelled news (see Lexicons/wordclasses.txt), as bits under a
    /// leading 1 (path "01" → 0b101) so that <see cref="Prefix"/> gives the class at any coarser level; 0 when unknown.
    /// </summary>
    public static uint ClassOf(string normalizedWord) => ClassesMap.Value.TryGetValue(normalizedWord, out uint c) ? c : 0;

    /// <summary>The first <paramref name="bits"/> steps of a class path (the whole path when shorter; 0 stays unknown).</summary>
    public static uint Prefix(uint code, int bits)
    {
        int length = 31 - System.Numerics.BitOperations.LeadingZeroCount(code);
        return length > bits ? code >> (length - bits) : code;
    }

    public static FrozenSet<string> Places => PlacesSet.Value;

    public static FrozenSet<string> FirstNames => FirstNamesSet.Value;

    /// <summary>Given names that name women (a speaker's "she" cannot be a man named earlier, nor "he" a woman).</summary>
    public static FrozenSet<string> FemaleNames => FemaleNamesSet.Value;

    /// <summary>
    /// 'f' for a given name on the women's list, 'm' for one only on the general given-names list (whose women are all
    /// on the first), else null: an unknown name tells nothing.
    /// </summary>
    public static char? GenderOfGivenName(string given) => FemaleNames.Contains(given) ? 'f' : FirstNames.Contains(given) ? 'm' : null;

    /// <summary>Whether a single word is a listed nationality or group noun, singular or plural ("Moldovan", "Moldovans").</summary>
    public static bool IsGroupWord(string word) =>
        GroupsSet.Value.Contains(word) || word.Length > 2 && word[^1] == 's' && GroupsSet.Value.Contains(word[..^1]);

    /// <summary>Longest place name starting at each token: 1 at its first token, 2 inside it, 0 elsewhere.</summary>
    public static byte[] MarkPlaces(string[] words, bool allCaps = false) => PlacePhrases.Value.Mark(words, allCaps);

    /// <summary>Listed organisations (bodies, parties, companies, media, clubs), marked as <see cref="MarkPlaces"/>.</summary>
    public static byte[] MarkOrganisations(string[] words, bool allCaps = false) => OrganisationPhrases.Value.Mark(words, allCaps);

    /// <summary>Listed nationalities, languages, religions and events (CoNLL MISC), marked as <see cref="MarkPlaces"/>.</summary>
    public static byte[] MarkGroups(string[] words, bool allCaps = false) => GroupPhrases.Value.Mark(words, allCaps);

    /// <summary>
    /// A list of names of up to four tokens, matched longest first; words that start no name cost one lookup.
    /// In an all-caps headline ("RUSSIAN TROOPS ENTER KHERSON") names are matched in upper case.
    /// </summary>
    private sealed class Phrases(FrozenSet<string> listed)
    {
        private readonly FrozenSet<string> _upper = listed.Select(n => n.ToUpperInvariant()).ToFrozenSet(StringComparer.Ordinal);
        private readonly FrozenSet<string> _firstWords = listed.Select(n => n.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal);
        private readonly FrozenSet<string> _upperFirstWords = listed.Select(n => n.Split(' ')[0].ToUpperInvariant()).ToFrozenSet(StringComparer.Ordinal);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public byte[] Mark(string[] words, bool allCaps)
        {
            var names = allCaps ? _upper : listed;
            var firstWords = allCaps ? _upperFirstWords : _firstWords;
            var marks = new byte[words.Length];
            for (int i = 0; i < words.Length; i++)
            {
                if (!firstWords.Contains(words[i])) continue;
                for (int len = Math.Min(4, words.Length - i); len >= 1; len--)
                {
                    if (!names.Contains(len == 1 ? words[i] : string.Join(' ', words, i, len))) continue;
                    marks[i] = 1;
                    for (int k = 1; k < len; k++) marks[i + k] = 2;
                    i += len - 1;
                    break;
                }
            }

            return marks;
        }
    }

    private static FrozenDictionary<string, uint> LoadClasses()
    {
        var map = new Dictionary<string, uint>(StringComparer.Ordinal);
        using var stream = typeof(Gazetteers).Assembly.GetManifestResourceStream("Corroborate.Analysis.Entities.Lexicons.wordclasses.txt");
        if (stream is null) return map.ToFrozenDictionary(StringComparer.Ordinal);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            int space = line.LastIndexOf(' ');
            if (space <= 0 || line.Length - space - 1 > 30) continue;
            uint code = 1;
            foreach (char bit in line.AsSpan(space + 1)) code = (code << 1) | (bit == '1' ? 1u : 0u);
            map[line[..space]] = code;
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenSet<string> Load(string name)
    {
        using var stream = typeof(Gazetteers).Assembly.GetManifestResourceStream("Corroborate.Analysis.Entities.Lexicons." + name)
            ?? throw new InvalidOperationException($"Lexicon {name} is missing from the build.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var entry = line.Trim();
            if (entry.Length > 0 && entry[0] != '#') set.Add(entry);
        }

        return set.ToFrozenSet(StringComparer.Ordinal);
    }
}
