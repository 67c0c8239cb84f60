using Corroborate.Model;
using Corroborate.Stories.Text;
using Corroborate.Text;

namespace Corroborate.Stories.Briefs;

/// <summary>One sentence of a story's document as the brief sees it: where it is, its words, its unit TF-IDF vector.</summary>
internal sealed record SentenceUnit(int DocIndex, string DocId, int Position, TextSpan Span, string Text, int Words, Dictionary<string, double> Vector);

internal static class SentenceVectors
{
    /// <summary>Sentences of every document (the first <paramref name="perDocument"/> of each) with TF-IDF vectors.</summary>
    public static List<SentenceUnit> Of(IReadOnlyList<Document> docs, int perDocument = 40)
    {
        var raw = new List<(int Doc, int Pos, TextSpan Span, List<string> Words, int Count)>();
        for (int d = 0; d < docs.Count; d++)
        {
            var doc = docs[d];
            var tokens = ContentWords.TokensOf(doc);
            var sentences = doc.Sentences.IsDefaultOrEmpty ? [new Sentence(new TextSpan(0, doc.Text.Length))] : doc.Sentences;
            int ti = 0;
            for (int s = 0; s < Math.Min(perDocument, sentences.Length); s++)
            {
                var span = sentences[s].Span;
                var inside = new List<Token>();
                while (ti < tokens.Length && tokens[ti].Span.Start < span.Start) ti++;
                int tj = ti;
                while (tj < tokens.Length && tokens[tj].Span.End <= span.End) inside.Add(tokens[tj++]);
                int count = inside.Count(t => t.Kind is TokenKind.Word or TokenKind.Number);
                raw.Add((d, s, span, ContentWords.Of(doc.Text, inside), count));
            }
        }

        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in raw)
        {
            foreach (var w in r.Words.Distinct()) df[w] = df.GetValueOrDefault(w) + 1;
        }

        return raw.Select(r =>
        {
            var tf = r.Words.GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (1 + Math.Log(g.Count())) * Math.Log((raw.Count + 1.0) / (df[g.Key] + 0.5)), StringComparer.Ordinal);
            double norm = Math.Sqrt(tf.Values.Sum(v => v * v));
            if (norm > 0) foreach (var k in tf.Keys.ToList()) tf[k] /= norm;
            var text = string.Join(' ', docs[r.Doc].Slice(r.Span).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            return new SentenceUnit(r.Doc, docs[r.Doc].Id, r.Pos, r.Span, text, r.Count, tf);
        }).ToList();
    }
}
