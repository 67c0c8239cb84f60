using System.Text;
using System.Xml;
using Corroborate.Analysis;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Text;

namespace Corroborate.Evaluation.Dates;

/// <summary>
/// `corroborate eval dates --timeml DIR`: TimeBank documents (.tml), the creation time (DCT) as the publication
/// date; gold TIMEX3 of type DATE against the date stage's mentions. Prints span F1 (strict and relaxed overlap)
/// and value accuracy: the share of gold DATE expressions found (relaxed) with the same normalised value.
/// </summary>
public static class TimeBankEvaluation
{
    private sealed record GoldDate(TextSpan Span, string Value);

    /// <param name="trace">When given, receives one line per gold date (found or missed, with both values) and per
    /// unmatched prediction, for error analysis; lines come in file order.</param>
    public static EvalReport Run(string dir, Action<string>? trace = null)
    {
        var files = Directory.EnumerateFiles(dir, "*.tml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var pipeline = new PipelineBuilder().UseDefaults(CleanMode.None).Build();
        int gold = 0, guessed = 0, strict = 0, relaxed = 0, valueRight = 0;
        var results = new (int Gold, int Guess, int Strict, int Relaxed, int Value)[files.Count];
        var lines = new List<string>[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var (text, dct, dates) = Parse(files[i]);
            var metadata = new SourceMetadata { Published = new PublishedDate(dct, dct is null ? DateMethod.None : DateMethod.Metadata, "dct") };
            var doc = pipeline.Run(Document.FromText("d1", files[i], text, metadata));
            var predicted = doc.Dates.ToList();
            int s = 0, r = 0, v = 0;
            var log = lines[i] = [];
            string name = Path.GetFileName(files[i]);
            foreach (var g in dates)
            {
                if (predicted.Any(p => p.Span == g.Span)) s++;
                var hit = predicted.FirstOrDefault(p => p.Span.Overlaps(g.Span));
                if (hit is null)
                {
                    log.Add($"MISS\t{name}\t{dct}\t{text[g.Span.Start..g.Span.End]}\t{g.Value}\t{Context(text, g.Span)}");
                    continue;
                }

                r++;
                bool right = hit.Value.ToString() == g.Value;
                if (right) v++;
                string tag = right ? (hit.Span == g.Span ? "OK" : "OKSPAN") : "WRONG";
                log.Add($"{tag}\t{name}\t{dct}\t{text[g.Span.Start..g.Span.End]}\t{g.Value}\t{doc.Slice(hit.Span)}\t{hit.Value}\t{Context(text, g.Span)}");
            }

            foreach (var p in predicted.Where(p => !dates.Any(g => g.Span.Overlaps(p.Span))))
            {
                log.Add($"EXTRA\t{name}\t{dct}\t{doc.Slice(p.Span)}\t{p.Value}\t{Context(text, p.Span)}");
            }

            results[i] = (dates.Count, predicted.Count, s, r, v);
        });

        if (trace is not null)
        {
            foreach (var l in lines.SelectMany(l => l)) trace(l);
        }

        foreach (var x in results)
        {
            gold += x.Gold;
            guessed += x.Guess;
            strict += x.Strict;
            relaxed += x.Relaxed;
            valueRight += x.Value;
        }

        return new EvalReport("Dates, TimeBank 1.2 (TIMEX3 type DATE; DCT as anchor)", Path.GetFileName(dir.TrimEnd('/')),
        [
            new("span.strict.f1", F1(strict, guessed, gold)),
            new("span.relaxed.f1", F1(relaxed, guessed, gold)),
            new("value.accuracy", gold == 0 ? 0 : (double)valueRight / gold, "HeidelTime value F1 (TempEval-3, approx.)", 0.78),
            new("value.accuracy.found", relaxed == 0 ? 0 : (double)valueRight / relaxed, "SUTime value F1 (approx.)", 0.67),
        ], [$"{files.Count} documents, {gold} gold DATE expressions, {guessed} predicted date mentions, {relaxed} found, {valueRight} with the right value"]);
    }

    /// <summary>The plain text of TEXT with the spans and values of its DATE timexes, and the DCT.</summary>
    private static (string Text, DateValue? Dct, List<GoldDate> Dates) Parse(string file)
    {
        // Whitespace-only nodes between tags ("due</EVENT> <TIMEX3>") are text: without this they vanish and words
        // run together ("dueMarch 1"), which hid dates from the tokenizer.
        var xml = new XmlDocument { PreserveWhitespace = true };
        xml.Load(file);
        DateValue? dct = null;
        var dctNode = xml.SelectSingleNode("//DCT/TIMEX3");
        if (dctNode?.Attributes?["value"]?.Value is { } v && DateValue.TryParse(v.Length >= 10 ? v[..10] : v, out var parsed)) dct = parsed;

        var sb = new StringBuilder();
        var dates = new List<GoldDate>();
        void Walk(XmlNode node)
        {
            foreach (XmlNode child in node.ChildNodes)
            {
                if (child is XmlText or XmlWhitespace or XmlSignificantWhitespace)
                {
                    sb.Append(child.Value);
                }
                else if (child is XmlElement e)
                {
                    int start = sb.Length;
                    Walk(e);
                    if (e.Name == "TIMEX3" && e.GetAttribute("type") == "DATE")
                    {
                        dates.Add(new GoldDate(new TextSpan(start, sb.Length), e.GetAttribute("value")));
                    }
                }
            }
        }

        var text = xml.SelectSingleNode("//TEXT");
        if (text is not null) Walk(text);
        return (sb.ToString(), dct, dates);
    }

    private static string Context(string text, TextSpan span)
    {
        int from = Math.Max(0, span.Start - 60), to = Math.Min(text.Length, span.End + 60);
        return string.Concat(text[from..span.Start], "[", text[span.Start..span.End], "]", text[span.End..to]).ReplaceLineEndings(" ");
    }

    private static double F1(int hits, int guessed, int gold)
    {
        double p = guessed == 0 ? 0 : (double)hits / guessed, r = gold == 0 ? 0 : (double)hits / gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
