using System.Globalization;
using System.Text.Json;
using Corroborate.Analysis.Entities.Tagging;
using Corroborate.Text;

namespace Corroborate.Evaluation.Ner;

/// <summary>
/// Distributional word classes from unlabelled news (`corroborate train clusters`): each frequent word is
/// described by the words seen just before and after it, and k-means (seeded, cosine) groups words used
/// alike. The tagger reads the class as a feature, so a name never seen in CoNLL ("Zelenskyy") inherits
/// what the training data taught about names used the same way. Output: "word class" per line.
/// </summary>
public static class WordClusters
{
    public const int Classes = 256;
    private const int MinCount = 4;
    private const int ContextWords = 600;
    private const int Iterations = 12;

    public static int Build(string corpusJsonl, string outPath, Action<string>? log = null)
    {
        var sentences = new List<string[]>();
        foreach (var line in File.ReadLines(corpusJsonl))
        {
            using var json = JsonDocument.Parse(line);
            var text = json.RootElement.GetProperty("text").GetString() ?? "";
            foreach (var para in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var tokens = Analysis.Segmentation.Tokenizer.Tokenize(para, new TextSpan(0, para.Length));
                sentences.Add([.. tokens.Select(t => WordFeatures.Normalize(para.AsSpan(t.Span.Start, t.Span.Length)))]);
            }
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in sentences) foreach (var w in s) counts[w] = counts.GetValueOrDefault(w) + 1;
        var vocab = counts.Where(c => c.Value >= MinCount).OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key).ToArray();
        var index = vocab.Select((w, i) => (w, i)).ToDictionary(x => x.w, x => x.i, StringComparer.Ordinal);
        var context = vocab.Take(ContextWords).Select((w, i) => (w, i)).ToDictionary(x => x.w, x => x.i, StringComparer.Ordinal);
        int dims = ContextWords * 2;
        var vectors = new float[vocab.Length][];
        for (int i = 0; i < vocab.Length; i++) vectors[i] = new float[dims];
        foreach (var s in sentences)
        {
            for (int i = 0; i < s.Length; i++)
            {
                if (!index.TryGetValue(s[i], out int w)) continue;
                if (i > 0 && context.TryGetValue(s[i - 1], out int l)) vectors[w][l]++;
                if (i + 1 < s.Length && context.TryGetValue(s[i + 1], out int r)) vectors[w][ContextWords + r]++;
            }
        }

        foreach (var v in vectors) Normalize(v);
        var assignment = KMeans(vectors, Classes, Iterations, log);
        using var writer = new StreamWriter(outPath);
        writer.WriteLine($"# Word classes for the entity tagger: k-means ({Classes} classes, cosine over left/right neighbour counts)");
        writer.WriteLine($"# over {Path.GetFileName(corpusJsonl)} (BBC News 2004-05, research dataset); words with >= {MinCount} occurrences.");
        writer.WriteLine("# Derived statistics only: no text. Rebuild: corroborate train clusters --corpus bbc2225.jsonl");
        for (int i = 0; i < vocab.Length; i++) writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{vocab[i]} {assignment[i]}"));
        return vocab.Length;
    }

    private static void Normalize(float[] v)
    {
        double n = Math.Sqrt(v.Sum(x => (double)x * x));
        if (n == 0) return;
        for (int i = 0; i < v.Length; i++) v[i] = (float)(v[i] / n);
    }

    private static int[] KMeans(float[][] vectors, int k, int iterations, Action<string>? log)
    {
        // Seeded from the most frequent words spread over the vocabulary, so the result is deterministic.
        var centroids = Enumerable.Range(0, k).Select(c => (float[])vectors[(int)((long)c * vectors.Length / k)].Clone()).ToArray();
        var assignment = new int[vectors.Length];
        for (int it = 0; it < iterations; it++)
        {
            int moved = 0;
            Parallel.For(0, vectors.Length, () => 0, (i, _, local) =>
            {
                int best = 0;
                double bestDot = double.NegativeInfinity;
                for (int c = 0; c < k; c++)
                {
                    double dot = 0;
                    var v = vectors[i];
                    var m = centroids[c];
                    for (int d = 0; d < v.Length; d++) dot += v[d] * m[d];
                    if (dot > bestDot)
                    {
                        bestDot = dot;
                        best = c;
                    }
                }

                if (assignment[i] != best) local++;
                assignment[i] = best;
                return local;
            }, local => Interlocked.Add(ref moved, local));

            foreach (var c in centroids) Array.Clear(c);
            for (int i = 0; i < vectors.Length; i++)
            {
                var m = centroids[assignment[i]];
                for (int d = 0; d < m.Length; d++) m[d] += vectors[i][d];
            }

            foreach (var c in centroids) Normalize(c);
            log?.Invoke($"k-means iteration {it + 1}: {moved} words moved");
        }

        return assignment;
    }
}
