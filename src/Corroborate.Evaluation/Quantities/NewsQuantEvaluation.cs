using System.Globalization;
using System.Text.Json;
using Corroborate.Analysis;
using Corroborate.Model;
using Corroborate.Pipeline;

namespace Corroborate.Evaluation.Quantities;

/// <summary>
/// `corroborate eval quantities --newsquant FILE`: every sentence through the per-document pipeline, scored the way
/// CQE's evaluation script scores NewsQuant: a value matches when it is numerically close (relative 1e-5), a gold
/// range ("200-300") only by a predicted range with both bounds, a single gold value only by a single prediction;
/// value+unit additionally needs the normalised unit to be equal (ours is translated to CQE's unit names).
/// Three departures, all reported: a range's bounds match in either order (NewsQuant writes "from 4.8 to 4.7" as
/// 4.8-4.7; our bounds are always low ≤ high); matching is strictly one-to-one (CQE's loop can count one prediction against
/// several gold values of the same number; its figure is printed as a note), and for counted nouns, where gold is a
/// lemmatised noun phrase ("first-team player"), the head noun must agree rather than the whole phrase.
/// </summary>
public static class NewsQuantEvaluation
{
    public static EvalReport Run(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var pipeline = new PipelineBuilder().UseDefaults().Build();
        var items = json.RootElement.EnumerateArray().Select(e => (
            Text: e.GetProperty("text").GetString() ?? "",
            Gold: e.GetProperty("quantities").EnumerateArray().Select(q => Gold.From(
                q.GetProperty("value").GetString() ?? "",
                q.TryGetProperty("normalized_unit", out var nu) ? nu.GetString() : null)).ToList())).ToList();

        var predicted = new List<Quantity>[items.Count];
        Parallel.For(0, items.Count, i => predicted[i] = [.. pipeline.Run(Document.FromText("d1", "newsquant", items[i].Text)).Quantities]);

        int gold = 0, guess = 0, valueHits = 0, unitHits = 0, cqeValue = 0, cqeUnit = 0, strictValue = 0, strictUnit = 0;
        var details = new List<string>();
        for (int i = 0; i < items.Count; i++)
        {
            var golds = items[i].Gold;
            var preds = predicted[i].Select(q => new Prediction(q, items[i].Text)).ToList();
            gold += golds.Count;
            guess += preds.Count;
            var (pairs, unitPairs) = MatchOneToOne(golds, preds, strict: false);
            valueHits += pairs.Count;
            unitHits += unitPairs;
            var (strictPairs, strictUnitPairs) = MatchOneToOne(golds, preds, strict: true);
            strictValue += strictPairs.Count;
            strictUnit += strictUnitPairs;
            var (v, u) = MatchAsCqeScript(golds, preds);
            cqeValue += v;
            cqeUnit += u;
            Describe(items[i].Text, golds, preds, pairs, details);
        }

        return new EvalReport("Quantities, NewsQuant (CQE value and unit equality, matched one-to-one per sentence)", Path.GetFileName(path),
        [
            new("value.precision", Ratio(valueHits, guess)),
            new("value.recall", Ratio(valueHits, gold)),
            new("value.f1", F1(valueHits, guess, gold), "CQE", 0.920),
            new("value+unit.f1", F1(unitHits, guess, gold), "CQE", 0.856),
        ],
        [
            $"{items.Count} sentences, {gold} gold quantities, {guess} predicted, {valueHits} values right, {unitHits} with unit",
            string.Create(CultureInfo.InvariantCulture, $"counted as CQE's script counts (a prediction may match several gold values): value F1 {F1(cqeValue, guess, gold):0.0000}, value+unit F1 {F1(cqeUnit, guess, gold):0.0000}"),
            string.Create(CultureInfo.InvariantCulture, $"strict (range bounds in gold's order, counted noun = gold's whole phrase): value F1 {F1(strictValue, guess, gold):0.0000}, value+unit F1 {F1(strictUnit, guess, gold):0.0000}"),
        ])
        { Details = details };
    }

    /// <summary>Pairs unit-agreeing matches first, then value-only ones, so the unit figure is not lost to pairing order.</summary>
    private static (List<(Gold G, Prediction P, bool Unit)> Pairs, int UnitPairs) MatchOneToOne(List<Gold> golds, List<Prediction> preds, bool strict)
    {
        var pairs = new List<(Gold, Prediction, bool)>();
        var usedGold = new HashSet<int>();
        var usedPred = new HashSet<int>();
        int unitPairs = 0;
        foreach (bool needUnit in new[] { true, false })
        {
            for (int g = 0; g < golds.Count; g++)
            {
                if (usedGold.Contains(g)) continue;
                for (int p = 0; p < preds.Count; p++)
                {
                    if (usedPred.Contains(p) || !golds[g].ValueMatches(preds[p], ordered: strict)) continue;
                    bool unit = strict ? golds[g].Unit == preds[p].Unit : golds[g].UnitMatches(preds[p]);
                    if (needUnit && !unit) continue;
                    usedGold.Add(g);
                    usedPred.Add(p);
                    pairs.Add((golds[g], preds[p], unit));
                    if (unit) unitPairs++;
                    break;
                }
            }
        }

        return (pairs, unitPairs);
    }

    /// <summary>
    /// CQE's evaluate_models.calculate_metrics, loop for loop: each gold value scans the predictions; every value match
    /// counts (up to the number of gold quantities in the sentence) but a prediction is used up only when its unit agrees.
    /// </summary>
    private static (int Value, int Unit) MatchAsCqeScript(List<Gold> golds, List<Prediction> preds)
    {
        var tags = preds.OrderBy(p => p.Unit, StringComparer.Ordinal).ToList();
        int value = 0, unit = 0, budget = golds.Count;
        foreach (var g in golds.OrderBy(g => g.Unit, StringComparer.Ordinal))
        {
            foreach (var t in tags)
            {
                if (!g.ValueMatches(t)) continue;
                if (budget > 0)
                {
                    value++;
                    budget--;
                }

                if (g.UnitMatches(t))
                {
                    unit++;
                    tags.Remove(t);
                    break;
                }
            }
        }

        return (value, unit);
    }

    private static void Describe(string text, List<Gold> golds, List<Prediction> preds, List<(Gold G, Prediction P, bool Unit)> pairs, List<string> details)
    {
        var missed = golds.Where(g => !pairs.Any(x => ReferenceEquals(x.G, g))).Select(g => $"  FN {g}").ToList();
        var extra = preds.Where(p => !pairs.Any(x => ReferenceEquals(x.P, p))).Select(p => $"  FP {p}").ToList();
        var unit = pairs.Where(x => !x.Unit).Select(x => $"  UNIT gold {x.G} / ours {x.P}").ToList();
        if (missed.Count + extra.Count + unit.Count == 0) return;
        details.Add(text);
        details.AddRange(missed);
        details.AddRange(extra);
        details.AddRange(unit);
    }

    /// <summary>A prediction as CQE would see it: one value or a range, and a unit in CQE's names.</summary>
    private sealed record Prediction(Quantity Q, string Text)
    {
        /// <summary>Both bounds and apart: "between 200 and 300", "from 4.8 to 4.7 percent", "dozens" (12 to 120).</summary>
        public bool IsRange => Q.Low is double lo && Q.High is double hi && hi > lo;

        public string Unit { get; } = NewsQuantUnits.Normalise(Q.Unit, Q.Object);

        public override string ToString() =>
            $"{(IsRange ? $"{Q.Low}-{Q.High}" : Q.Value.ToString(CultureInfo.InvariantCulture))} [{Unit}] \"{Text[Q.Span.Start..Q.Span.End]}\"";
    }

    private sealed record Gold(double Low, double High, bool IsRange, string Unit, string Raw)
    {
        public static Gold From(string value, string? unit)
        {
            var parts = value.Split('-', StringSplitOptions.RemoveEmptyEntries);
            bool range = parts.Length == 2 && !value.StartsWith('-') && !value.Contains('E', StringComparison.Ordinal);
            double lo = Parse(range ? parts[0] : value), hi = range ? Parse(parts[1]) : lo;
            return new Gold(lo, hi, range, (unit ?? "-").Trim().ToLowerInvariant(), value);
        }

        public bool ValueMatches(Prediction p, bool ordered = false) => IsRange
            ? p.IsRange && ((Close(p.Q.Low!.Value, Low) && Close(p.Q.High!.Value, High)) || (!ordered && Close(p.Q.Low!.Value, High) && Close(p.Q.High!.Value, Low)))
            : !p.IsRange && Close(p.Q.Value, Low);

        public bool UnitMatches(Prediction p) => NewsQuantUnits.Agree(Unit, p.Unit, counted: p.Q.Unit is null);

        public override string ToString() => $"{Raw} [{Unit}]";
    }

    private static double Parse(string s) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN;

    /// <summary>numpy.isclose with CQE's tolerances (rtol 1e-5, atol 1e-8).</summary>
    private static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-8 + (1e-5 * Math.Abs(b));

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static double F1(int hits, int guessed, int gold)
    {
        double p = Ratio(hits, guessed), r = Ratio(hits, gold);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
