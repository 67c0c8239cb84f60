using System.Globalization;
using System.Text.Json;
using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Evaluation.Quotes;

/// <summary>
/// Scores quotes the Gender Gap Tracker way (its evaluate_quotes.py, re-implemented): each gold quote takes the
/// unmatched prediction with the highest overlap score |gold ∩ pred| / |gold| above the threshold (0.3, 0.8);
/// speaker is right when the predicted speaker span overlaps the gold one, or both are floating (no speaker in
/// the sentence). Offsets point into <c>offset_text</c>.
/// </summary>
public static class GgtEvaluator
{
    private static readonly double[] Thresholds = [0.3, 0.8];

    public static EvalReport Evaluate(string file, int? limit = null)
    {
        var runner = new QuoteRunner();
        var counts = new Counts[Thresholds.Length];
        var details = new List<string>();
        int docs = 0;
        foreach (var line in File.ReadLines(file))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            if (limit is { } l && docs >= l) break;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            string text = root.GetProperty("offset_text").GetString() ?? "";
            var gold = Gold(root);
            var doc = runner.Run("ggt" + docs.ToString(CultureInfo.InvariantCulture), text);
            var predicted = Predicted(doc);
            for (int t = 0; t < Thresholds.Length; t++) counts[t] = counts[t].Add(Compare(gold, predicted, Thresholds[t], t == 0 ? Describe(text, docs, details) : null));
            docs++;
        }

        var rows = new List<EvalRow>();
        for (int t = 0; t < Thresholds.Length; t++)
        {
            string pct = ((int)(Thresholds[t] * 100)).ToString(CultureInfo.InvariantCulture);
            var c = counts[t];
            rows.Add(new EvalRow($"precision@{pct}", c.Precision));
            rows.Add(new EvalRow($"recall@{pct}", c.Recall));
            rows.Add(new EvalRow($"f1@{pct}", c.F1, "GGT V5.3", t == 0 ? 0.837 : 0.761));
            rows.Add(new EvalRow($"speaker@{pct}", c.SpeakerAccuracy, "GGT V5.3", t == 0 ? 0.865 : null));
        }

        var notes = new List<string> { $"{docs} articles, {counts[0].Gold} gold quotes, {counts[0].Predicted} predicted" };
        return new EvalReport("Quotes — Gender Gap Tracker scoring", Path.GetFileName(file), rows, notes) { Details = details };
    }

    /// <summary>For `--verbose`: each gold quote missed, each prediction matching none, each wrong speaker, in context.</summary>
    private static Action<string, GgtQuote> Describe(string text, int doc, List<string> details) => (what, q) =>
    {
        string Clip(TextSpan t) => text.Substring(t.Start, Math.Min(t.Length, 100)).ReplaceLineEndings(" ");
        string speaker = q.Speaker is { } sp ? $" — speaker [{Clip(sp)}]" : q.Floating ? " — floating" : "";
        details.Add(string.Create(CultureInfo.InvariantCulture, $"article {doc} {what}: [{Clip(q.Quote)}]{speaker}"));
    };

    public readonly record struct GgtQuote(TextSpan Quote, TextSpan? Speaker, bool Floating);

    internal readonly record struct Counts(int TruePositive, int Gold, int Predicted, int SpeakerMatch)
    {
        public double Precision => Predicted == 0 ? 0 : (double)TruePositive / Predicted;
        public double Recall => Gold == 0 ? 0 : (double)TruePositive / Gold;
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
        public double SpeakerAccuracy => TruePositive == 0 ? 0 : (double)SpeakerMatch / TruePositive;
        public Counts Add(Counts o) => new(TruePositive + o.TruePositive, Gold + o.Gold, Predicted + o.Predicted, SpeakerMatch + o.SpeakerMatch);
    }

    /// <param name="report">Told of each gold quote missed ("missed"), each unmatched prediction ("spurious") and
    /// each match whose speaker is wrong ("speaker", with the prediction), when given.</param>
    internal static Counts Compare(List<GgtQuote> gold, List<GgtQuote> predicted, double threshold, Action<string, GgtQuote>? report = null)
    {
        var remaining = new List<GgtQuote>(predicted);
        int tp = 0, speaker = 0;
        foreach (var g in gold)
        {
            int best = -1;
            double bestScore = 0;
            for (int i = 0; i < remaining.Count; i++)
            {
                double score = g.Quote.Length == 0 ? 0 : (double)g.Quote.OverlapLength(remaining[i].Quote) / g.Quote.Length;
                if (score > threshold && score > bestScore)
                {
                    bestScore = score;
                    best = i;
                }
            }

            if (best < 0)
            {
                report?.Invoke("missed", g);
                continue;
            }

            tp++;
            var p = remaining[best];
            bool overlap = g.Speaker is { } gs && p.Speaker is { } ps && gs.OverlapLength(ps) > 0;
            if (overlap || g.Floating && p.Floating) speaker++;
            else if (report is not null)
            {
                report("speaker expected", g);
                report("speaker found", p);
            }

            remaining.RemoveAt(best);
        }

        foreach (var p in remaining) report?.Invoke("spurious", p);

        return new Counts(tp, gold.Count, predicted.Count, speaker);
    }

    private static List<GgtQuote> Gold(JsonElement root)
    {
        var list = new List<GgtQuote>();
        foreach (var q in root.GetProperty("quotations").EnumerateArray())
        {
            var quote = Index(q, "quote_index");
            if (quote is null) continue;
            var speaker = Index(q, "speaker_index");
            string name = q.TryGetProperty("speaker", out var s) ? s.GetString() ?? "" : "";
            list.Add(new GgtQuote(quote.Value, speaker, name.Trim().Length == 0));
        }

        return list;
    }

    /// <summary>The stage's quotes in GGT's terms: a direct quote with its marks; a partial quote inside a
    /// reported clause is part of that clause (GGT annotates the clause); a speaker written outside the
    /// attribution (inherited from an earlier quote) makes the quote floating.</summary>
    public static List<GgtQuote> Predicted(Document doc)
    {
        var list = new List<GgtQuote>();
        foreach (var q in doc.Quotes)
        {
            if (q.Kind == QuoteKind.Partial && doc.Quotes.Any(o => o.Kind == QuoteKind.Indirect && o.Content.Contains(q.Content))) continue;
            var span = q.Content;
            if (q.Kind != QuoteKind.Indirect)
            {
                int s = span.Start > 0 && IsMark(doc.Text[span.Start - 1]) ? span.Start - 1 : span.Start;
                int e = span.End;
                while (e < doc.Text.Length && doc.Text[e] == ',') e++; // the comma trimmed from the content
                e = e < doc.Text.Length && IsMark(doc.Text[e]) ? e + 1 : span.End;
                span = new TextSpan(s, e);
            }

            bool floating = q.Speaker is null || !q.Span.Contains(q.Speaker.Span);
            list.Add(new GgtQuote(span, floating ? null : q.Speaker!.Span, floating));
        }

        return list;
    }

    private static bool IsMark(char c) => c is '"' or '“' or '”' or '«' or '»';

    private static TextSpan? Index(JsonElement q, string name)
    {
        if (!q.TryGetProperty(name, out var v) || v.ValueKind != JsonValueKind.String) return null;
        var parts = (v.GetString() ?? "").Trim('(', ')', ' ').Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out int a)
            || !int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out int b)
            || a < 0 || b < a)
        {
            return null;
        }

        return new TextSpan(a, b);
    }
}
