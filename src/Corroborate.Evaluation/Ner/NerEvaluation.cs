using Corroborate.Analysis.Entities.Tagging;

namespace Corroborate.Evaluation.Ner;

/// <summary>
/// `corroborate eval ner --conll FILE`: tags CoNLL-2003 documents and scores entities with conlleval semantics
/// (an entity counts only when its span and type both match exactly).
/// </summary>
public static class NerEvaluation
{
    public static EvalReport Run(string conllPath, NerTagger? tagger = null)
    {
        tagger ??= NerTagger.Default;
        var documents = ConllCorpus.Read(conllPath);
        var counts = new Dictionary<string, (int Gold, int Guess, int Correct)>(StringComparer.Ordinal);
        foreach (var t in NerTags.Types) counts[t] = (0, 0, 0);
        var details = new List<string>();

        foreach (var doc in documents)
        {
            var predicted = tagger.TagDocument([.. doc.Select(s => s.Words)]);
            for (int s = 0; s < doc.Count; s++)
            {
                var gold = Chunks(NerTags.FromBio(doc[s].Tags));
                var guess = Chunks(predicted[s]);
                foreach (var g in gold) counts[g.Type] = counts[g.Type] with { Gold = counts[g.Type].Gold + 1 };
                foreach (var g in guess)
                {
                    var c = counts[g.Type];
                    counts[g.Type] = c with { Guess = c.Guess + 1, Correct = c.Correct + (gold.Contains(g) ? 1 : 0) };
                }

                var words = doc[s].Words;
                string Text((int Start, int End, string Type) c) => string.Join(' ', words.Skip(c.Start).Take(c.End - c.Start));
                foreach (var g in gold.Where(g => !guess.Contains(g))) details.Add($"missed   {g.Type,-4} {Text(g)}  | {string.Join(' ', words)}");
                foreach (var g in guess.Where(g => !gold.Contains(g))) details.Add($"spurious {g.Type,-4} {Text(g)}  | {string.Join(' ', words)}");
            }
        }

        int tg = counts.Values.Sum(c => c.Gold), tp = counts.Values.Sum(c => c.Guess), tc = counts.Values.Sum(c => c.Correct);
        var rows = new List<EvalRow>
        {
            new("precision", Ratio(tc, tp)),
            new("recall", Ratio(tc, tg)),
            new("F1", F1(tc, tp, tg), "Stanford CRF (test)", 0.869),
            new("F1 (peer)", F1(tc, tp, tg), "Ratinov & Roth 2009 (test)", 0.908),
        };
        rows.AddRange(NerTags.Types.Select(t => new EvalRow($"F1 {t}", F1(counts[t].Correct, counts[t].Guess, counts[t].Gold))));
        return new EvalReport("NER, CoNLL-2003 (conlleval: exact span and type)", Path.GetFileName(conllPath), rows,
            [$"{documents.Count} documents, {tg} gold entities, {tp} predicted, {tc} correct"]) { Details = details };
    }

    internal static HashSet<(int Start, int End, string Type)> Chunks(int[] tags) =>
        [.. NerTags.Chunks(tags).Select(c => (c.Start, c.End, NerTags.Types[c.Type]))];

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static double F1(int correct, int guessed, int gold)
    {
        double p = Ratio(correct, guessed), r = Ratio(correct, gold);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
