using System.Collections.Frozen;

namespace Corroborate.Analysis.Entities.Tagging;

/// <summary>
/// Name lists shipped with the tagger (Entities/Lexicons): places and common given names. They enter the model
/// only as features, so a listed word still needs context to be tagged (Georgia the state, the country, the name).
/// </summary>
internal static class Gazetteers
{
    private static readonly Lazy<FrozenSet<string>> PlacesSet = new(() => Load("places.txt"));
    private static readonly Lazy<FrozenSet<string>> FirstNamesSet = new(() => Load("firstnames.txt"));
    private static readonly Lazy<FrozenDictionary<string, int>> ClassesMap = new(LoadClasses);

    /// <summary>Distributional word classes learnt from unlabelled news (see Lexicons/wordclasses.txt); -1 when unknown.</summary>
    public static int ClassOf(string normalizedWord) => ClassesMap.Value.TryGetValue(normalizedWord, out int c) ? c : -1;

    public static FrozenSet<string> Places => PlacesSet.Value;

    public static FrozenSet<string> FirstNames => FirstNamesSet.Value;

    /// <summary>Longest place name starting at each token: 1 at its first token, 2 inside it, 0 elsewhere.</summary>
    public static byte[] MarkPlaces(string[] words)
    {
        var marks = new byte[words.Length];
        for (int i = 0; i < words.Length; i++)
        {
            for (int len = Math.Min(4, words.Length - i); len >= 1; len--)
            {
                if (!Places.Contains(len == 1 ? words[i] : string.Join(' ', words, i, len))) continue;
                marks[i] = 1;
                for (int k = 1; k < len; k++) marks[i + k] = 2;
                i += len - 1;
                break;
            }
        }

        return marks;
    }

    private static FrozenDictionary<string, int> LoadClasses()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        using var stream = typeof(Gazetteers).Assembly.GetManifestResourceStream("Corroborate.Analysis.Entities.Lexicons.wordclasses.txt");
        if (stream is null) return map.ToFrozenDictionary(StringComparer.Ordinal);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            int space = line.LastIndexOf(' ');
            if (space > 0 && int.TryParse(line.AsSpan(space + 1), System.Globalization.CultureInfo.InvariantCulture, out int c)) map[line[..space]] = c;
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
