using System.Globalization;
using Corroborate.Analysis.Quotes;
using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Evaluation.Quotes;

/// <summary>
/// PolNeAR attribution spans (brat stand-off: Source, Cue, Content) scored by exact span match, as CofeNet
/// and BERT-CRF report them. PolNeAR's conventions are applied to our quotes: a direct quote's content keeps
/// its marks, a reported clause or a quotation keeps the "that" before it, a quote split by its attribution is
/// one content, the source is where the speaker is written in the sentence.
/// </summary>
public static class PolnearEvaluator
{
    /// <summary>Scores the dev split under <paramref name="dir"/> (the polnear folder, its data/ folder, or a
    /// split folder holding text/ and attributions/).</summary>
    public static EvalReport Evaluate(string dir, int? limit = null)
    {
        string split = ResolveSplit(dir);
        var runner = new QuoteRunner();
        var counts = new Dictionary<string, (int Tp, int Gold, int Pred)>
        {
            ["source"] = default, ["cue"] = default, ["content"] = default,
        };
        var texts = Directory.GetFiles(Path.Combine(split, "text"), "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToList();
        var anns = Directory.GetFiles(Path.Combine(split, "attributions"), "*.ann");
        int docs = 0;
        var missedCues = new Dictionary<string, int>(StringComparer.Ordinal);
        var spuriousCues = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var textFile in texts)
        {
            if (limit is { } l && docs >= l) break;
            string stem = Path.GetFileNameWithoutExtension(textFile);
            var ann = anns.FirstOrDefault(a => Path.GetFileNameWithoutExtension(a).StartsWith(stem + "_", StringComparison.Ordinal)
                || Path.GetFileNameWithoutExtension(a) == stem);
            if (ann is null) continue;
            string text = File.ReadAllText(textFile);
            var gold = Gold(ann);
            var doc = runner.Run("pn" + docs.ToString(CultureInfo.InvariantCulture), text);
            var pred = Predicted(doc);
            foreach (var kind in counts.Keys.ToList())
            {
                var g = gold.Where(x => x.Kind == kind).Select(x => x.Span).ToHashSet();
                var p = pred.Where(x => x.Kind == kind).Select(x => x.Span).ToHashSet();
                var c = counts[kind];
                counts[kind] = (c.Tp + p.Count(g.Contains), c.Gold + g.Count, c.Pred + p.Count);
                if (kind != "cue") continue;
                foreach (var m in g.Where(x => !p.Contains(x))) Bump(missedCues, text.Substring(m.Start, m.Length));
                foreach (var m in p.Where(x => !g.Contains(x))) Bump(spuriousCues, text.Substring(m.Start, m.Length));
            }

            docs++;
        }

        var peers = new Dictionary<string, double> { ["source"] = 0.832, ["cue"] = 0.753, ["content"] = 0.729 };
        var rows = new List<EvalRow>();
        foreach (var kind in new[] { "source", "cue", "content" })
        {
            var (tp, g, p) = counts[kind];
            double precision = p == 0 ? 0 : (double)tp / p, recall = g == 0 ? 0 : (double)tp / g;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            rows.Add(new EvalRow($"{kind}.precision", precision));
            rows.Add(new EvalRow($"{kind}.recall", recall));
            rows.Add(new EvalRow($"{kind}.f1", f1, "CofeNet", peers[kind]));
        }

        return new EvalReport("Attribution spans — PolNeAR exact match", Path.GetFileName(split.TrimEnd('/')),
            rows, [$"{docs} articles; peer figures are on the test split, ours on {Path.GetFileName(split.TrimEnd('/'))}"])
        {
            Details = [.. Top("missed cue", missedCues), .. Top("spurious cue", spuriousCues)],
        };
    }

    private static void Bump(Dictionary<string, int> counts, string cue)
    {
        var key = string.Join(' ', cue.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        counts[key] = counts.GetValueOrDefault(key) + 1;
    }

    /// <summary>For `--verbose`: the cue wordings most often missed or wrongly found, with counts.</summary>
    private static IEnumerable<string> Top(string what, Dictionary<string, int> counts) =>
        counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(40).Select(kv => $"{what} \"{kv.Key}\" x{kv.Value}");

    private static string ResolveSplit(string dir)
    {
        foreach (var candidate in new[] { dir, Path.Combine(dir, "dev"), Path.Combine(dir, "data", "dev") })
        {
            if (Directory.Exists(Path.Combine(candidate, "text")) && Directory.Exists(Path.Combine(candidate, "attributions"))) return candidate;
        }

        throw new DirectoryNotFoundException($"No PolNeAR split (text/ and attributions/) under {dir}.");
    }

    internal readonly record struct Labelled(string Kind, TextSpan Span);

    private static List<Labelled> Gold(string annFile)
    {
        var list = new List<Labelled>();
        foreach (var line in File.ReadLines(annFile))
        {
            if (!line.StartsWith('T')) continue;
            var parts = line.Split('\t');
            if (parts.Length < 2) continue;
            var head = parts[1].Split(' ', 2);
            string kind = head[0] switch { "Source" => "source", "Cue" => "cue", "Content" => "content", _ => "" };
            if (kind.Length == 0 || head.Length < 2) continue;
            var nums = head[1].Split([' ', ';'], StringSplitOptions.RemoveEmptyEntries);
            if (!int.TryParse(nums[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out int s)
                || !int.TryParse(nums[^1], NumberStyles.Integer, CultureInfo.InvariantCulture, out int e) || e < s)
            {
                continue;
            }

            list.Add(new Labelled(kind, new TextSpan(s, e)));
        }

        return list;
    }

    internal static List<Labelled> Predicted(Document doc)
    {
        var list = new List<Labelled>();
        var text = doc.Text;
        var contents = new List<(TextSpan Content, TextSpan? Source)>();
        foreach (var q in doc.Quotes)
        {
            if (q.Kind == QuoteKind.Partial && doc.Quotes.Any(o => o.Kind == QuoteKind.Indirect && o.Content.Contains(q.Content))) continue;
            var content = q.Content;
            if (q.Kind != QuoteKind.Indirect)
            {
                int s = content.Start - MarkBefore(text, content.Start);
                int e = content.End;
                while (e < text.Length && text[e] == ',') e++; // the comma trimmed from the content
                int after = QuoteMarks.Length(text, e);
                e = after > 0 ? e + after : content.End;
                content = new TextSpan(s, e);
            }

            content = WithThat(text, content);

            var cueSpan = q.Cue is { } cue ? CueSpan(text, q, cue) : null;
            contents.Add((content, q.Speaker?.Span));
            if (q.Speaker is { } sp && q.Span.Contains(sp.Span)) list.Add(new Labelled("source", AsPolnearSource(text, sp.Span, cueSpan)));
            if (cueSpan is { } cs) list.Add(new Labelled("cue", AsPolnearCue(text, cs)));
        }

        // PolNeAR annotates a quote split by its attribution ("“A,” X said, “B.”") as one attribution whose
        // content runs over both pieces: consecutive pieces with the speaker written between them are one content.
        contents.Sort((a, b) => a.Content.Start.CompareTo(b.Content.Start));
        for (int i = 0; i < contents.Count; i++)
        {
            var (span, source) = contents[i];
            while (i + 1 < contents.Count && source is { } sp && contents[i + 1].Source == sp
                && sp.Start >= span.End && sp.End <= contents[i + 1].Content.Start)
            {
                span = new TextSpan(span.Start, contents[++i].Content.End);
            }

            list.Add(new Labelled("content", span));
        }

        return list;
    }

    /// <summary>A reported clause, or a quotation standing for one, keeps the "that" that opens it.</summary>
    private static TextSpan WithThat(string text, TextSpan content)
    {
        int s = content.Start;
        while (s > 0 && char.IsWhiteSpace(text[s - 1])) s--;
        bool that = s >= 4 && text.AsSpan(s - 4, 4).Equals("that", StringComparison.OrdinalIgnoreCase) && (s == 4 || !char.IsLetter(text[s - 5]));
        return that ? new TextSpan(s - 4, content.End) : content;
    }

    /// <summary>
    /// PolNeAR's cue takes in the auxiliaries and adverbs before the verb ("has said", "also said") and a colon
    /// right after it ("said:"). Its annotators sometimes add the verb's adjuncts too ("said Friday"), but not
    /// consistently: extending over them lowered cue F1 on dev (0.514 → 0.501 for time and place adjuncts only).
    /// </summary>
    private static TextSpan AsPolnearCue(string text, TextSpan cue)
    {
        int start = cue.Start;
        while (true)
        {
            int w = start;
            while (w > 0 && text[w - 1] == ' ') w--;
            int b = w;
            while (b > 0 && char.IsLetter(text[b - 1])) b--;
            if (b == w || text[b..w].ToLowerInvariant() is not ("has" or "have" or "had" or "also" or "will" or "would" or "previously" or "repeatedly" or "later")) break;
            start = b;
        }

        return new TextSpan(start, cue.End < text.Length && text[cue.End] == ':' ? cue.End + 1 : cue.End);
    }

    /// <summary>
    /// PolNeAR's source takes in what stands between the name and a cue after it: a bracketed aside ("Rep. Gwen
    /// Moore (D-Wis.)"), an appositive with its closing comma ("Vann R. Newkirk II, a writer for The Atlantic,"), or both.
    /// </summary>
    private static TextSpan AsPolnearSource(string text, TextSpan source, TextSpan? cue)
    {
        if (cue is not { } c || c.Start < source.End) return source;
        var gap = text.AsSpan(source.End, c.Start - source.End);
        var trimmed = gap.TrimEnd();
        int lead = gap.Length - gap.TrimStart().Length;
        bool aside = trimmed.Length > lead + 1 && trimmed[lead] is '(' or ',' && trimmed[^1] is ')' or ',';
        return aside ? new TextSpan(source.Start, source.End + trimmed.Length) : source;
    }

    /// <summary>Where the cue word is written: its first occurrence in the attribution outside the content.</summary>
    private static TextSpan? CueSpan(string text, Quote q, string cue)
    {
        int from = q.Span.Start;
        while (from < q.Span.End)
        {
            int at = text.IndexOf(cue, from, q.Span.End - from, StringComparison.OrdinalIgnoreCase);
            if (at < 0) return null;
            var span = new TextSpan(at, at + cue.Length);
            // A word cue must stand whole ("said", not inside "unsaid"); a mark (a transcript's ":") stands on a word.
            bool whole = !char.IsLetter(cue[0]) || (at == 0 || !char.IsLetter(text[at - 1])) && (span.End >= text.Length || !char.IsLetter(text[span.End]));
            if (whole && !q.Content.Overlaps(span)) return span;
            from = at + 1;
        }

        return null;
    }

    /// <summary>The length of the double quote mark that ends just before <paramref name="i"/>, else 0.</summary>
    private static int MarkBefore(string text, int i) =>
        QuoteMarks.Length(text, i - 2) == 2 ? 2 : QuoteMarks.Length(text, i - 1) == 1 ? 1 : 0;
}
