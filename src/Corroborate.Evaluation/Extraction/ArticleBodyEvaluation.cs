using System.Globalization;
using System.Text;
using System.Text.Json;
using Corroborate.Analysis.Ingest.Web;

namespace Corroborate.Evaluation.Extraction;

/// <summary>
/// Whole-body extraction quality in the style of the ScrapingHub article-extraction-benchmark: a folder with
/// <c>ground-truth.json</c> (<c>{"id": {"articleBody": "...", "url": "..."}}</c>) and the pages as
/// <c>html/ID.html.gz</c> (or <c>.html</c>). Each extracted text is compared with the gold body as bags of
/// lower-cased word tokens: precision = shared tokens / extracted tokens, recall = shared tokens / gold tokens.
/// Reports the mean per-page F1 (the benchmark's headline figure) and the token-weighted (micro) F1.
/// </summary>
public static class ArticleBodyEvaluation
{
    public static EvalReport Run(string directory)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "ground-truth.json")));
        var reader = new HtmlReader();
        double sumF1 = 0, sumP = 0, sumR = 0;
        long shared = 0, predicted = 0, gold = 0;
        int pages = 0, missing = 0;
        foreach (var item in json.RootElement.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            var body = item.Value.TryGetProperty("articleBody", out var b) && b.ValueKind == JsonValueKind.String ? b.GetString() ?? "" : "";
            var url = item.Value.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
            var bytes = ReadPage(directory, item.Name);
            if (bytes is null) { missing++; continue; }
            var text = reader.ReadPage(item.Name + ".html", bytes, null, url).Text;
            var score = Score(text, body);
            sumP += score.Precision;
            sumR += score.Recall;
            sumF1 += score.F1;
            shared += score.Shared;
            predicted += score.Predicted;
            gold += score.Gold;
            pages++;
        }

        double microP = predicted == 0 ? 0 : (double)shared / predicted;
        double microR = gold == 0 ? 0 : (double)shared / gold;
        var rows = new List<EvalRow>
        {
            new("precision", pages == 0 ? 0 : sumP / pages),
            new("recall", pages == 0 ? 0 : sumR / pages),
            new("f1", pages == 0 ? 0 : sumF1 / pages),
            new("f1_micro", microP + microR == 0 ? 0 : 2 * microP * microR / (microP + microR)),
        };
        var notes = new List<string> { string.Create(CultureInfo.InvariantCulture, $"{pages} pages scored; token bags, mean per-page F1") };
        if (missing > 0) notes.Add($"{missing} pages listed in ground-truth.json had no HTML file");
        return new EvalReport("Article body extraction (token F1)", directory, rows, notes);
    }

    /// <summary>Token-bag agreement of one extracted text with its gold body.</summary>
    public sealed record TokenScore(int Shared, int Predicted, int Gold)
    {
        // Both empty is a perfect answer (a page without article), one side empty scores zero.
        public double Precision => Predicted == 0 ? (Gold == 0 ? 1 : 0) : (double)Shared / Predicted;

        public double Recall => Gold == 0 ? (Predicted == 0 ? 1 : 0) : (double)Shared / Gold;

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }

    public static TokenScore Score(string extracted, string gold)
    {
        var goldBag = new Dictionary<string, int>(StringComparer.Ordinal);
        int goldCount = 0;
        foreach (var t in Tokens(gold))
        {
            goldBag[t] = goldBag.GetValueOrDefault(t) + 1;
            goldCount++;
        }

        int predictedCount = 0, shared = 0;
        foreach (var t in Tokens(extracted))
        {
            predictedCount++;
            if (goldBag.TryGetValue(t, out int n) && n > 0)
            {
                goldBag[t] = n - 1;
                shared++;
            }
        }

        return new TokenScore(shared, predictedCount, goldCount);
    }

    /// <summary>Lower-cased runs of letters and digits (punctuation and whitespace differences do not count).</summary>
    public static IEnumerable<string> Tokens(string text)
    {
        var sb = new StringBuilder();
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (sb.Length > 0)
            {
                yield return sb.ToString();
                sb.Clear();
            }
        }

        if (sb.Length > 0) yield return sb.ToString();
    }

    private static byte[]? ReadPage(string directory, string id)
    {
        var gz = Path.Combine(directory, "html", id + ".html.gz");
        if (File.Exists(gz))
        {
            // HtmlReader gunzips with a size cap itself; hand it the compressed bytes.
            return File.ReadAllBytes(gz);
        }

        var plain = Path.Combine(directory, "html", id + ".html");
        return File.Exists(plain) ? File.ReadAllBytes(plain) : null;
    }
}
