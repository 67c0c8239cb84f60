using System.Collections.Immutable;
using Corroborate.Model;
using Corroborate.Stories.Model;
using Corroborate.Stories.Text;
using Corroborate.Text;

namespace Corroborate.Stories.Briefs;

/// <summary>
/// Extractive summary: each sentence is scored by how many independent sources carry the same point (a
/// sentence of theirs with cosine ≥ <see cref="SupportSimilarity"/>), by how closely they carry it (the best
/// cosine in each other source, summed), by its closeness to the story's centroid and by its position (news puts
/// the point first), less a penalty for page furniture; sentences are then taken MMR-style, skipping any too
/// close to one already chosen, until the word cap. Every line cites its own sentence and each supporting one.
/// </summary>
/// <remarks>
/// Tried and not kept (h/summary3, 2026-11-23; Multi-News dev ROUGE-1, even clusters tuned on, odd held out; a
/// paired difference on one half has a standard error of about 0.17): none gained on both halves without losing
/// ROUGE-2 on one. Position as exp(−p/T), p/length or 1/(1+p/T); LexRank centrality; document centrality;
/// a sentence-length prior; Lin–Bilmes coverage selection; Gillick–Favre concept (uni/bigram) coverage;
/// SumBasic word probability (all words: +0.5/+0.3 ROUGE-1 but −0.45 ROUGE-2 odd); centroids weighted by
/// position or by how many sources hold each word; entity salience; paragraph starts; cross-document bigram
/// support; pronoun or conjunction openings; all-caps, title-case, second/first-person and web-furniture signs;
/// stripping parentheses; a per-document diversity penalty; stopping before the cap; a ridge-regressed score over
/// 19 features (fit on even: +0.33/+0.47, fit on odd: −0.16 on even). The score sits at a sharp optimum on this set: small moves either way lose.
/// </remarks>
public static class SummaryBuilder
{
    /// <summary>Cosine at which two sentences are taken to state the same point.</summary>
    public const double SupportSimilarity = 0.35;

    /// <summary>
    /// Cosine above which a candidate repeats a chosen line and is skipped. 0.2 (from 0.5): Multi-News dev, even
    /// clusters, ROUGE-1 43.3 → 45.0 (lead 42.6); odd clusters, not used for tuning, 43.6 vs lead 41.5.
    /// </summary>
    public const double RedundancySimilarity = 0.2;

    /// <summary>Shorter sentences are mostly headlines, bylines and prompts (8 rather than 5: +0.1 ROUGE-1 on even clusters).</summary>
    public const int MinWords = 8;

    /// <summary>
    /// Weight of graded support: the sum over other independent sources of their closest sentence's TF-IDF cosine.
    /// The count alone treats 0.34 as nothing and 0.36 as full agreement. 0.5 with <see cref="FurniturePenalty"/>:
    /// Multi-News dev ROUGE-1, even clusters (tuned on; 0.3/0.5/0.7/1.0 tried) 45.21 → 45.47, odd (held out) 43.81 → 44.16.
    /// </summary>
    public const double GradedSupportWeight = 0.5;

    /// <summary>
    /// Score taken off per furniture sign (<see cref="FurnitureSigns"/>): worth about one supporting source. Even
    /// clusters: no terminal punctuation alone +0.08 ROUGE-1, odd +0.18; the prompt words +0.06 / +0.07 more.
    /// Quotation was tried as furniture and cost 0.9 on both halves (reference summaries quote), so it is not one.
    /// </summary>
    public const double FurniturePenalty = 1.0;

    /// <summary>Words of sign-up prompts, share links and photo credits; a sentence holding one is rarely the news.</summary>
    private static readonly string[] PromptWords = ["click", "subscribe", "newsletter", "sign up", "http", "@", "photo", "getty"];

    /// <summary>Independent documents the summary reads (the story's first ones).</summary>
    public const int MaxDocuments = 24;

    /// <summary>
    /// In one other document: the sentence that best states this one's point (the first of equals), how far it
    /// does (support, TF-IDF cosine), and the highest TF-IDF cosine of any of its sentences.
    /// </summary>
    private record struct Nearest(int Best, (double Support, double Cosine) Top, double Closest);

    /// <summary>
    /// <see cref="Nearest"/> for every sentence and every other document, indexed [sentence × documents + document].
    /// How far one sentence states another's point (its support) is the larger of their TF-IDF cosine and their
    /// plain word-set cosine: inside one story the shared names (Putin, Macron) are in every document and get
    /// almost no IDF, so two renderings of the same sentence can score low on TF-IDF alone; the set cosine gives
    /// them back. This pass is most of a story's composition time, so it is done once per pair of sentences from
    /// different documents (the result serves both) and only for pairs that share a word, found through each
    /// word's list of sentences: the others compare at (0, 0), which is where every slot starts (the document's
    /// first sentence, as the first of equals). Each pair's products are summed in ascending word order, as a
    /// merge of the two sorted vectors would, and each slot meets its candidates in ascending order, so the
    /// result is the same to the bit as comparing every ordered pair. Output unchanged on all 250 Multi-News dev
    /// clusters; 24 documents × 40 sentences, CPU per build: about 100 → 48 ms on 24 Multi-News articles, 205 → 94 ms on
    /// generated text over a 600-word vocabulary (every pair shares words) — h/summary3, 2026-11-23.
    /// </summary>
    private static Nearest[] ClosestPerDocument(List<SentenceUnit> units, Packed[] packed, int documents, int vocabulary)
    {
        int n = units.Count;
        var first = new int[documents];
        Array.Fill(first, -1);
        for (int i = n - 1; i >= 0; i--) first[units[i].DocIndex] = i;
        var closest = new Nearest[n * documents];
        for (int i = 0; i < n; i++)
        {
            for (int d = 0; d < documents; d++) closest[(i * documents) + d] = new Nearest(first[d], default, 0);
        }

        // Each word's sentences in ascending order, with the word's weight there; a cursor per word skips the
        // sentences already done (every earlier holder of the word was visited before, so it only moves forward).
        var postings = new List<(int Sentence, double Weight)>[vocabulary];
        for (int i = 0; i < n; i++)
        {
            var p = packed[i];
            for (int k = 0; k < p.Ids.Length; k++) (postings[p.Ids[k]] ??= []).Add((i, p.Weights[k]));
        }

        var cursor = new int[vocabulary];
        var dot = new double[n];
        var shared = new int[n];
        var touched = new List<int>();
        for (int i = 0; i < n; i++)
        {
            var a = packed[i];
            int di = units[i].DocIndex;
            for (int k = 0; k < a.Ids.Length; k++)
            {
                var list = postings[a.Ids[k]];
                int start = cursor[a.Ids[k]];
                while (start < list.Count && list[start].Sentence <= i) start++;
                cursor[a.Ids[k]] = start;
                double wa = a.Weights[k];
                for (int q = start; q < list.Count; q++)
                {
                    var (j, wj) = list[q];
                    if (units[j].DocIndex == di) continue;
                    if (shared[j]++ == 0) touched.Add(j);
                    dot[j] += wa * wj;
                }
            }

            touched.Sort();
            foreach (int j in touched)
            {
                double set = shared[j] / Math.Sqrt((double)a.Ids.Length * packed[j].Ids.Length);
                var c = (Math.Max(dot[j], set), dot[j]);
                Meet(ref closest[(i * documents) + units[j].DocIndex], j, c);
                Meet(ref closest[(j * documents) + di], i, c);
                dot[j] = 0;
                shared[j] = 0;
            }

            touched.Clear();
        }

        return closest;

        static void Meet(ref Nearest slot, int candidate, (double Support, double Cosine) c)
        {
            if (c.Support > slot.Top.Support) slot = slot with { Best = candidate, Top = c };
            slot.Closest = Math.Max(slot.Closest, c.Cosine);
        }
    }

    /// <summary>A sentence vector as word ids in ascending order with their weights.</summary>
    private sealed record Packed(int[] Ids, double[] Weights)
    {
        public static Packed Of(Dictionary<string, double> vector, Dictionary<string, int> vocabulary)
        {
            var pairs = vector.Select(kv => (Id: vocabulary.TryGetValue(kv.Key, out int id) ? id : vocabulary[kv.Key] = vocabulary.Count, kv.Value))
                .OrderBy(p => p.Id).ToArray();
            return new Packed([.. pairs.Select(p => p.Id)], [.. pairs.Select(p => p.Value)]);
        }
    }

    /// <summary>
    /// How many signs of page furniture a sentence shows (0–2): it does not end like a sentence (headlines, bylines,
    /// captions, datelines run on from the page have no closing stop), and it holds a prompt or credit word.
    /// </summary>
    internal static int FurnitureSigns(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int signs = 0;
        var t = text.TrimEnd();
        if (t.Length > 0 && t[^1] is not ('.' or '!' or '?' or '"' or '\u201D' or '\'' or '\u2019' or ')')) signs++;
        if (PromptWords.Any(w => t.Contains(w, StringComparison.OrdinalIgnoreCase))) signs++;
        return signs;
    }

    public static ImmutableArray<BriefLine> Build(IReadOnlyList<Document> docs, IReadOnlySet<string> independent, int maxWords)
    {
        ArgumentNullException.ThrowIfNull(docs);
        ArgumentNullException.ThrowIfNull(independent);
        // Support is counted among the first documents only: a story of hundreds of reports would otherwise cost
        // sentences² comparisons, and a point the first two dozen independent sources share is the lead point anyway.
        docs = [.. docs.Where(d => independent.Contains(d.Id)).Take(MaxDocuments)];
        var units = SentenceVectors.Of(docs).Where(u => u.Words >= MinWords && u.Vector.Count > 0).ToList();
        if (units.Count == 0 || maxWords <= 0) return [];
        var centroid = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var u in units)
        {
            foreach (var (k, v) in u.Vector) centroid[k] = centroid.GetValueOrDefault(k) + v;
        }

        double cn = Math.Sqrt(centroid.Values.Sum(v => v * v));
        foreach (var k in centroid.Keys.ToList()) centroid[k] /= cn;

        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var packed = units.Select(u => Packed.Of(u.Vector, vocabulary)).ToArray();
        var withSentences = units.Select(u => u.DocIndex).Distinct().ToArray();
        var closest = ClosestPerDocument(units, packed, docs.Count, vocabulary.Count);
        var scored = new List<(SentenceUnit U, double Score, List<SentenceUnit> Support)>();
        for (int ui = 0; ui < units.Count; ui++)
        {
            var u = units[ui];
            var support = new List<SentenceUnit>();
            int counted = 0;
            double graded = 0;
            foreach (var d in withSentences)
            {
                if (d == u.DocIndex) continue;
                var c = closest[(ui * docs.Count) + d];
                graded += c.Closest;
                if (c.Top.Support >= SupportSimilarity) support.Add(units[c.Best]);
                if (c.Top.Cosine >= SupportSimilarity) counted++;
            }

            // The rank counts TF-IDF support only (the set cosine as rank signal cost 0.2 ROUGE-1 on held-out
            // Multi-News clusters); the citations take both, so the same point in other words is still cited.
            double score = counted + GradedSupportWeight * graded + SparseVectors.Cosine(u.Vector, centroid) + 1.0 / (1 + u.Position)
                - FurniturePenalty * FurnitureSigns(u.Text);
            scored.Add((u, score, support));
        }

        var chosen = new List<(SentenceUnit U, List<SentenceUnit> Support)>();
        int words = 0;
        foreach (var c in scored.OrderByDescending(s => s.Score).ThenBy(s => s.U.DocIndex).ThenBy(s => s.U.Position))
        {
            if (words + c.U.Words > maxWords && chosen.Count > 0) continue;
            if (chosen.Any(x => SparseVectors.Cosine(x.U.Vector, c.U.Vector) > RedundancySimilarity)) continue;
            chosen.Add((c.U, c.Support));
            words += c.U.Words;
            if (words >= maxWords) break;
        }

        return [.. chosen.Select(c => new BriefLine(Dateline.Strip(c.U.Text),
            [new SpanRef(c.U.DocId, c.U.Span), .. c.Support.Select(s => new SpanRef(s.DocId, s.Span))]))];
    }
}
