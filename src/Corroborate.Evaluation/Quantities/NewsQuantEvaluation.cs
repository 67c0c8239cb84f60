using System.Globalization;
using System.Text.Json;
using Corroborate.Analysis;
using Corroborate.Model;
using Corroborate.Pipeline;

namespace Corroborate.Evaluation.Quantities;

/// <summary>
/// `corroborate eval quantities --newsquant FILE`: every sentence through the per-document pipeline; predicted
/// quantities are matched one-to-one with gold ones by value (ranges by both bounds), the way CQE's evaluation
/// counts value F1; value+unit additionally needs the unit (or, for counts, the counted noun) to agree.
/// </summary>
public static class NewsQuantEvaluation
{
    public static EvalReport Run(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var pipeline = new PipelineBuilder().UseDefaults().Build();
        var items = json.RootElement.EnumerateArray().Select(e => (
            Text: e.GetProperty("text").GetString() ?? "",
            Gold: e.GetProperty("quantities").EnumerateArray().Select(q => new Gold(
                q.GetProperty("value").GetString() ?? "",
                q.TryGetProperty("unit", out var u) ? u.GetString() : null,
                q.TryGetProperty("normalized_unit", out var nu) ? nu.GetString() : null)).ToList())).ToList();

        var predicted = new List<Quantity>[items.Count];
        Parallel.For(0, items.Count, i => predicted[i] = [.. pipeline.Run(Document.FromText("d1", "newsquant", items[i].Text)).Quantities]);

        int gold = 0, guess = 0, valueHits = 0, unitHits = 0;
        for (int i = 0; i < items.Count; i++)
        {
            gold += items[i].Gold.Count;
            guess += predicted[i].Count;
            var open = new List<Gold>(items[i].Gold);
            foreach (var q in predicted[i])
            {
                var match = open.FirstOrDefault(g => g.Matches(q));
                if (match is null) continue;
                open.Remove(match);
                valueHits++;
                if (match.UnitMatches(q)) unitHits++;
            }
        }

        return new EvalReport("Quantities, NewsQuant (value matched one-to-one per sentence)", Path.GetFileName(path),
        [
            new("value.precision", Ratio(valueHits, guess)),
            new("value.recall", Ratio(valueHits, gold)),
            new("value.f1", F1(valueHits, guess, gold), "CQE", 0.920),
            new("value+unit.f1", F1(unitHits, guess, gold), "CQE", 0.856),
        ], [$"{items.Count} sentences, {gold} gold quantities, {guess} predicted, {valueHits} values right, {unitHits} with unit"]);
    }

    private sealed record Gold(string Value, string? Unit, string? NormalizedUnit)
    {
        public bool Matches(Quantity q)
        {
            var parts = Value.Split('-', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 2 && Parse(parts[0]) is double lo && Parse(parts[1]) is double hi)
            {
                return (Close(q.Low, lo) && Close(q.High, hi)) || Close(q.Value, lo);
            }

            return Parse(Value) is double v && Close(q.Value, v);
        }

        public bool UnitMatches(Quantity q)
        {
            string ours = Norm(q.Unit ?? q.Object ?? "");
            foreach (var g in new[] { Unit, NormalizedUnit })
            {
                if (string.IsNullOrWhiteSpace(g) || g == "-") continue;
                string theirs = Norm(g);
                if (ours.Length > 0 && (theirs.Contains(ours, StringComparison.Ordinal) || ours.Contains(theirs, StringComparison.Ordinal))) return true;
            }

            return ours.Length == 0 && (string.IsNullOrWhiteSpace(Unit) || Unit == "-");
        }

        private static string Norm(string unit)
        {
            var u = unit.ToLowerInvariant().Trim();
            u = u switch
            {
                "%" or "percent" or "per cent" or "percentage" => "percent",
                "usd" or "$" or "us$" or "dollar" or "dollars" or "united states dollar" => "dollar",
                "gbp" or "£" or "pound sterling" => "pound",
                "eur" or "€" or "euros" => "euro",
                "km" or "kilometres" or "kilometers" or "kilometre" => "kilometre",
                "m" => "metre",
                "t" or "tonnes" => "tonne",
                _ => u,
            };
            return u.EndsWith('s') && u.Length > 3 ? u[..^1] : u;
        }
    }

    private static double? Parse(string s) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static bool Close(double? a, double b) => a is double x && Math.Abs(x - b) <= Math.Max(1e-6, Math.Abs(b) * 1e-6);

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static double F1(int hits, int guessed, int gold)
    {
        double p = Ratio(hits, guessed), r = Ratio(hits, gold);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
