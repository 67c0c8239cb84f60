using System.Globalization;
using System.Text.Json;
using Corroborate.Analysis.Entities.Tagging;
using Corroborate.Text;

namespace Corroborate.Evaluation.Ner;

/// <summary>
/// Hierarchical distributional word classes from unlabelled news (`corroborate train clusters`). Each frequent
/// word is described by the words seen just before and after it (positive PMI weights), and the vocabulary is
/// split in two again and again (principal direction, then spherical 2-means; no randomness), so every word gets a bit path ("0110…") whose
/// prefixes are classes at several granularities, as Brown cluster paths are used by Ratinov &amp; Roth (2009).
/// The tagger reads the prefixes as features, so a name never seen in CoNLL ("Zelenskyy") inherits what the
/// training data taught about names used the same way. Output: "word path" per line.
/// </summary>
public static class WordClusters
{
    /// <summary>Depth of the tree: 2^14 possible leaves, so rare names still share short prefixes with kin.</summary>
    public const int Depth = 14;
    private const int MinCount = 3;
    private const int ContextWords = 1000;
    private const int Iterations = 6;
    private const int MinSplit = 4;
    private const int PowerIterations = 6;

    /// <summary>Neighbour positions that describe a word: the word either side, each its own dimension block.</summary>
    private static readonly int[] Slots = [-1, 1];

    /// <summary>
    /// Unlabelled text the shipped classes come from, under the shared data root: BBC News 2004-05, the words of
    /// CoNLL-2003 eng.train.txt (its labels are not read), PolNeAR train articles and the Multi-News sample.
    /// Never the CoNLL validation or test text.
    /// </summary>
    public static readonly string[][] DefaultSources =
    [
        ["corpus", "bbc2225.jsonl"],
        ["ner", "conll2003", "eng.train.txt"],
        ["quotes", "polnear", "data", "train", "text"],
        ["mds", "multinews", "multinews_validation_sample250.jsonl"],
    ];

    public static int Build(IReadOnlyList<string> sources, string outPath, Action<string>? log = null)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in Sentences(sources)) foreach (var w in s) counts[w] = counts.GetValueOrDefault(w) + 1;
        var vocab = counts.Where(c => c.Value >= MinCount).OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key).ToArray();
        var index = vocab.Select((w, i) => (w, i)).ToDictionary(x => x.w, x => x.i, StringComparer.Ordinal);
        log?.Invoke($"{counts.Count} word types, {vocab.Length} with >= {MinCount} occurrences");

        var pairs = new Dictionary<long, float>[vocab.Length];
        for (int i = 0; i < vocab.Length; i++) pairs[i] = [];
        var contextTotals = new double[ContextWords * Slots.Length];
        foreach (var s in Sentences(sources))
        {
            for (int i = 0; i < s.Length; i++)
            {
                if (!index.TryGetValue(s[i], out int w)) continue;
                for (int slot = 0; slot < Slots.Length; slot++)
                {
                    int j = i + Slots[slot];
                    if (j >= 0 && j < s.Length && index.TryGetValue(s[j], out int c) && c < ContextWords) Add(pairs[w], slot * ContextWords + c, contextTotals);
                }
            }
        }

        var vectors = Ppmi(pairs, contextTotals);
        var paths = new string[vocab.Length];
        Split([.. Enumerable.Range(0, vocab.Length)], "", vectors, paths);
        using var writer = new StreamWriter(outPath);
        writer.WriteLine($"# Word classes for the entity tagger: bit paths of a binary tree (depth {Depth}) built by principal-direction cuts refined by 2-means");
        writer.WriteLine("# over positive-PMI left/right neighbour counts; words with >= " + MinCount.ToString(CultureInfo.InvariantCulture) + " occurrences in:");
        writer.WriteLine("# " + string.Join(", ", sources.Select(Path.GetFileName)));
        writer.WriteLine("# Derived statistics only: no text. Rebuild: corroborate train clusters (sources: WordClusters.DefaultSources).");
        for (int i = 0; i < vocab.Length; i++) writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{vocab[i]} {paths[i]}"));
        return vocab.Length;
    }

    private static void Add(Dictionary<long, float> row, int context, double[] totals)
    {
        row[context] = row.GetValueOrDefault(context) + 1;
        totals[context]++;
    }

    /// <summary>Sparse PPMI vectors, unit length: rows of (context index, weight).</summary>
    private static (int[] Keys, float[] Values)[] Ppmi(Dictionary<long, float>[] pairs, double[] contextTotals)
    {
        double total = contextTotals.Sum();
        var result = new (int[], float[])[pairs.Length];
        for (int w = 0; w < pairs.Length; w++)
        {
            double rowTotal = pairs[w].Values.Sum();
            var keys = new List<int>();
            var values = new List<float>();
            foreach (var (c, n) in pairs[w].OrderBy(p => p.Key))
            {
                double pmi = Math.Log(n * total / (rowTotal * contextTotals[c]));
                if (pmi <= 0) continue;
                keys.Add((int)c);
                values.Add((float)pmi);
            }

            double norm = Math.Sqrt(values.Sum(v => (double)v * v));
            for (int i = 0; i < values.Count; i++) values[i] = (float)(values[i] / Math.Max(norm, 1e-9));
            result[w] = ([.. keys], [.. values]);
        }

        return result;
    }

    /// <summary>Recursively halves <paramref name="members"/> (vocabulary ids, most frequent first) by 2-means.</summary>
    private static void Split(int[] members, string path, (int[] Keys, float[] Values)[] vectors, string[] paths)
    {
        if (path.Length == Depth || members.Length < MinSplit)
        {
            foreach (var m in members) paths[m] = path.Length == 0 ? "0" : path;
            return;
        }

        // First cut by the principal direction of the members (PDDP, power iteration from a fixed start), which
        // halves a group more evenly than 2-means seeded from single words; then 2-means refines it. Over the default
        // sources this tree scored CoNLL valid F1 0.9015 at 10 epochs, against 0.9006 for ±2-word contexts and 0.8991
        // for frequent-word seeds (2026-11-23).
        int dims = ContextWords * Slots.Length;
        var mean = new float[dims];
        foreach (var m in members)
        {
            var (keys, values) = vectors[m];
            for (int k = 0; k < keys.Length; k++) mean[keys[k]] += values[k] / members.Length;
        }

        var dir = Dense(vectors[members[0]]);
        for (int d = 0; d < dims; d++) dir[d] -= mean[d];
        for (int it = 0; it < PowerIterations; it++)
        {
            var next = new float[dims];
            double meanDot = Dot(mean, dir), projTotal = 0;
            foreach (var m in members)
            {
                var (keys, values) = vectors[m];
                float proj = (float)(Dot(vectors[m], dir) - meanDot);
                projTotal += proj;
                for (int k = 0; k < keys.Length; k++) next[keys[k]] += proj * values[k];
            }

            for (int d = 0; d < dims; d++) next[d] -= (float)(projTotal * mean[d]);
            Normalize(next);
            dir = next;
        }

        var side = new bool[members.Length];
        double centre = Dot(mean, dir);
        for (int i = 0; i < members.Length; i++) side[i] = Dot(vectors[members[i]], dir) > centre;
        var a = new float[dims];
        var b = new float[dims];
        for (int it = 0; it < Iterations; it++)
        {
            Array.Clear(a);
            Array.Clear(b);
            for (int i = 0; i < members.Length; i++)
            {
                var (keys, values) = vectors[members[i]];
                var target = side[i] ? b : a;
                for (int k = 0; k < keys.Length; k++) target[keys[k]] += values[k];
            }

            Normalize(a);
            Normalize(b);
            for (int i = 0; i < members.Length; i++) side[i] = Dot(vectors[members[i]], b) > Dot(vectors[members[i]], a);
        }

        var left = members.Where((_, i) => !side[i]).ToArray();
        var right = members.Where((_, i) => side[i]).ToArray();
        if (left.Length == 0 || right.Length == 0)
        {
            foreach (var m in members) paths[m] = path;
            return;
        }

        Split(left, path + "0", vectors, paths);
        Split(right, path + "1", vectors, paths);
    }

    private static void Normalize(float[] v)
    {
        double n = Math.Sqrt(v.Sum(x => (double)x * x));
        if (n == 0) return;
        for (int i = 0; i < v.Length; i++) v[i] = (float)(v[i] / n);
    }

    private static float[] Dense((int[] Keys, float[] Values) v)
    {
        var d = new float[ContextWords * Slots.Length];
        for (int k = 0; k < v.Keys.Length; k++) d[v.Keys[k]] = v.Values[k];
        return d;
    }

    private static double Dot(float[] x, float[] y)
    {
        double dot = 0;
        for (int d = 0; d < x.Length; d++) dot += x[d] * y[d];
        return dot;
    }

    private static double Dot((int[] Keys, float[] Values) v, float[] dense)
    {
        double dot = 0;
        for (int k = 0; k < v.Keys.Length; k++) dot += v.Values[k] * dense[v.Keys[k]];
        return dot;
    }

    /// <summary>Tokenised, normalised sentences of each source: JSON Lines (text, or documents[]), folders of .txt, CoNLL files.</summary>
    private static IEnumerable<string[]> Sentences(IReadOnlyList<string> sources)
    {
        foreach (var source in sources)
        {
            if (Directory.Exists(source))
            {
                foreach (var file in Directory.EnumerateFiles(source, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    foreach (var s in Paragraphs(File.ReadAllText(file))) yield return s;
                }
            }
            else if (source.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var line in File.ReadLines(source))
                {
                    using var json = JsonDocument.Parse(line);
                    var root = json.RootElement;
                    if (root.TryGetProperty("text", out var text)) foreach (var s in Paragraphs(text.GetString() ?? "")) yield return s;
                    if (root.TryGetProperty("documents", out var docs) && docs.ValueKind == JsonValueKind.Array)
                    {
                        foreach (var d in docs.EnumerateArray()) foreach (var s in Paragraphs(d.GetString() ?? "")) yield return s;
                    }
                }
            }
            else
            {
                foreach (var doc in ConllCorpus.Read(source))
                {
                    foreach (var s in doc) yield return [.. s.Words.Select(w => WordFeatures.Normalize(w))];
                }
            }
        }
    }

    private static IEnumerable<string[]> Paragraphs(string text)
    {
        foreach (var para in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var tokens = Analysis.Segmentation.Tokenizer.Tokenize(para, new TextSpan(0, para.Length));
            yield return [.. tokens.Select(t => WordFeatures.Normalize(para.AsSpan(t.Span.Start, t.Span.Length)))];
        }
    }
}
