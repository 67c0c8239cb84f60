using Corroborate.Stories.Text;

namespace Corroborate.Stories.Clustering;

/// <summary>
/// The topic level above stories (two earthquakes, two rehab stays): stories whose content centroids are close
/// are joined into topics. Only story pairs that share a top centroid term are compared, so never all pairs.
/// Story centroids are steadier than single documents, which is why topics are formed from stories rather than
/// by a second, looser stream over documents. Two reports of the same kind of event (two fires, two earthquakes)
/// often share few words beyond their kind, so each pair's content cosine is scaled by how well the stories
/// agree on the kind of event (<see cref="EventTypes"/>). By default (see <see cref="StoryClusterOptions"/>) terms
/// are weighed by how few stories use them and groups are joined by average link: single link let one close
/// pair chain two topics of one kind (two fires, a murder trial and a death sentence) into one. A topic whose
/// events years apart share their names is a topic of those names and keeps out stories that lack them
/// (<see cref="TopicIdentity"/>).
/// </summary>
public static class TopicMerger
{
    /// <summary>
    /// Topic index (0-based, in order of first story) for each story index in <paramref name="assignments"/>, with
    /// every topic setting taken from <paramref name="options"/>.
    /// </summary>
    public static int[] Merge(IReadOnlyList<DocumentFeatures> documents, IReadOnlyList<Assignment> assignments, StoryClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Merge(documents, assignments, options.TopicThreshold, options.TopicTerms, options.PostingCap, options.TopicKindWeight, options.TopicKindBaseline,
            options.TopicAverageLink, options.TopicStoryIdf, options.TopicNameShare, options.TopicNameCohesion, options.YearTolerance);
    }

    /// <summary>Topic index (0-based, in order of first story) for each story index in <paramref name="assignments"/>.</summary>
    /// <param name="postingCap">
    /// Stories kept per term in the candidate index (the most recent ones), so a common term cannot make the
    /// comparison count grow with the square of the story count; 64, as for the clusterer, is above every list on
    /// ECB+ dev (55 stories), so quality there is unchanged.
    /// </param>
    /// <param name="kindWeight">
    /// How much event-kind agreement (<see cref="EventTypes"/>) scales the content cosine of a story pair: the pair
    /// is linked when cosine × max(0, 1 + kindWeight × (kind cosine − <paramref name="kindBaseline"/>)) reaches the
    /// threshold; 0 leaves the content cosine alone. Multiplying (rather than adding) keeps pairs with no content
    /// overlap apart, so a kind alone never links two stories.
    /// </param>
    /// <param name="kindBaseline">
    /// The kind cosine at which the content cosine is left as it is: pairs that agree on their kind more are
    /// pulled together, pairs that agree less (a bank bombing beside an office shooting) are pushed apart, which
    /// stops single-link chains through topics of neighbouring kinds. A pair where either story cues no kind at all
    /// is left as it is, since no kind is no evidence of a different kind.
    /// </param>
    /// <param name="averageLink">
    /// Join topics by average link (the mean similarity over their story pairs, pairs that share no top term
    /// counting 0) instead of single link, so one close pair cannot chain two topics of neighbouring kinds.
    /// </param>
    /// <param name="storyIdf">
    /// Weigh each term of a story centroid by its inverse frequency over stories rather than over documents, so a
    /// word shared by a few stories (the kind two events of one topic have in common) outweighs a word every story
    /// has, however many documents each story holds.
    /// </param>
    /// <param name="nameShare">
    /// Under average link, a topic whose stories years apart share their names (the same store burning twice, the
    /// same boxer defending his title twice) is a topic of those names: it takes in another group only when their
    /// stories' name cosine reaches this share of its own (see <see cref="TopicIdentity"/>); 0 switches this off.
    /// </param>
    /// <param name="nameCohesion">The mean name cosine of its stories years apart that makes a topic one of names.</param>
    /// <param name="yearTolerance">Years apart that still count as the same time (see StoryClusterOptions.YearTolerance).</param>
    public static int[] Merge(IReadOnlyList<DocumentFeatures> documents, IReadOnlyList<Assignment> assignments, double threshold, int topTerms = 40, int postingCap = 64, double kindWeight = 0, double kindBaseline = 0,
        bool averageLink = false, bool storyIdf = false, double nameShare = 0, double nameCohesion = 0.1, int yearTolerance = 1)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(assignments);
        int stories = assignments.Count == 0 ? 0 : assignments.Max(a => a.Story) + 1;
        var unit = Centroids(documents, assignments, stories, d => d.Terms, topTerms, storyIdf);
        var kinds = KindVectors(documents, assignments, stories);
        var hasKind = kinds.Select(k => k.Any(x => x > 0)).ToArray();
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var pairs = new List<(double Sim, int A, int B)>();
        for (int s = 0; s < stories; s++)
        {
            var top = unit[s].OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(topTerms).Select(kv => kv.Key);
            var seen = new HashSet<int>();
            foreach (var t in top)
            {
                if (!postings.TryGetValue(t, out var list)) postings[t] = list = [];
                foreach (var o in list)
                {
                    if (!seen.Add(o)) continue;
                    double sim = SparseVectors.Cosine(unit[s], unit[o]);
                    if (kindWeight != 0 && hasKind[s] && hasKind[o])
                    {
                        sim *= Math.Max(0, 1 + (kindWeight * (EventTypes.Cosine(kinds[s], kinds[o]) - kindBaseline)));
                    }

                    // Average link needs every candidate pair (a weak pair still lowers its groups' mean).
                    if (sim > 0 && (averageLink || sim >= threshold)) pairs.Add((sim, o, s));
                }

                list.Add(s);
                if (list.Count > postingCap) list.RemoveAt(0);
            }
        }

        var identity = averageLink && nameShare > 0
            ? new TopicIdentity(Centroids(documents, assignments, stories, d => d.Names, topTerms, storyIdf), StoryYears(documents, assignments, stories), nameShare, nameCohesion, yearTolerance)
            : null;
        var root = averageLink ? AverageLink(stories, pairs, threshold, identity) : SingleLink(stories, pairs, threshold);
        var ids = new Dictionary<int, int>();
        var result = new int[stories];
        for (int s = 0; s < stories; s++)
        {
            if (!ids.TryGetValue(root[s], out int id)) ids[root[s]] = id = ids.Count;
            result[s] = id;
        }

        return result;
    }

    /// <summary>Each story's representative under single link: the pairs at or above the threshold, joined.</summary>
    private static int[] SingleLink(int stories, List<(double Sim, int A, int B)> pairs, double threshold)
    {
        var parent = Enumerable.Range(0, stories).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        foreach (var (_, a, b) in pairs.Where(p => p.Sim >= threshold).OrderByDescending(p => p.Sim).ThenBy(p => p.A).ThenBy(p => p.B))
        {
            int ra = Find(a), rb = Find(b);
            if (ra != rb) parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }

        return Enumerable.Range(0, stories).Select(Find).ToArray();
    }

    /// <summary>
    /// Each story's representative under average link: the two groups with the highest mean story-pair similarity
    /// are joined while that mean reaches the threshold. Only candidate pairs carry a similarity (the rest count
    /// 0), and a group's sums to its neighbours are kept in a map, so each join costs its neighbours and a heap
    /// operation; stale heap entries are recognised by the groups' join counts.
    /// </summary>
    private static int[] AverageLink(int stories, List<(double Sim, int A, int B)> pairs, double threshold, TopicIdentity? identity)
    {
        // Each group's stories, kept only for the names rule, which compares stories pair by pair.
        var members = identity is null ? null : Enumerable.Range(0, stories).Select(s => new List<int> { s }).ToArray();
        var size = Enumerable.Repeat(1, stories).ToArray();
        var version = new int[stories];
        var sums = Enumerable.Range(0, stories).Select(_ => new Dictionary<int, double>()).ToArray();
        foreach (var (sim, a, b) in pairs)
        {
            sums[a][b] = sums[a].GetValueOrDefault(b) + sim;
            sums[b][a] = sums[b].GetValueOrDefault(a) + sim;
        }

        // Highest mean first; ties by the lower group ids, so the order of joins never depends on the heap.
        var heap = new PriorityQueue<(int A, int B, int VA, int VB), (double Mean, int A, int B)>(
            Comparer<(double Mean, int A, int B)>.Create((x, y) => y.Mean != x.Mean ? y.Mean.CompareTo(x.Mean) : x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B)));
        void Push(int a, int b)
        {
            if (a > b) (a, b) = (b, a);
            double mean = sums[a][b] / ((double)size[a] * size[b]);
            if (mean >= threshold) heap.Enqueue((a, b, version[a], version[b]), (mean, a, b));
        }

        for (int a = 0; a < stories; a++)
        {
            foreach (int b in sums[a].Keys.Where(b => b > a)) Push(a, b);
        }

        var parent = Enumerable.Range(0, stories).ToArray();
        while (heap.TryDequeue(out var e, out _))
        {
            if (e.VA != version[e.A] || e.VB != version[e.B] || parent[e.A] != e.A || parent[e.B] != e.B) continue;
            // A refused pair comes back only when one of its groups changes (a join pushes its neighbours again).
            if (identity is not null && !identity.TryJoin(e.A, members![e.A], e.B, members[e.B])) continue;
            // The lower id absorbs the higher one: its sums become the sums of the union.
            int keep = e.A, gone = e.B;
            parent[gone] = keep;
            sums[keep].Remove(gone);
            foreach (var (c, sum) in sums[gone])
            {
                if (c == keep) continue;
                sums[keep][c] = sums[keep].GetValueOrDefault(c) + sum;
                sums[c].Remove(gone);
                sums[c][keep] = sums[keep][c];
            }

            sums[gone].Clear();
            if (members is not null)
            {
                members[keep].AddRange(members[gone]);
                members[gone].Clear();
            }

            size[keep] += size[gone];
            version[keep]++;
            foreach (int c in sums[keep].Keys) Push(keep, c);
        }

        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        return Enumerable.Range(0, stories).Select(Find).ToArray();
    }

    /// <summary>
    /// Unit centroids of each story over one bag of a document (its content words or its names): each document's
    /// top terms by TF-IDF, summed, optionally reweighed by story-level IDF (see <see cref="ReweighByStories"/>).
    /// </summary>
    private static Dictionary<string, double>[] Centroids(IReadOnlyList<DocumentFeatures> documents, IReadOnlyList<Assignment> assignments, int stories,
        Func<DocumentFeatures, IReadOnlyDictionary<string, int>> bag, int topTerms, bool storyIdf)
    {
        var idf = StreamingClusterer.Idf(documents.Select(d => bag(d).Keys));
        var centroids = Enumerable.Range(0, stories).Select(_ => new Dictionary<string, double>(StringComparer.Ordinal)).ToArray();
        for (int i = 0; i < documents.Count; i++)
        {
            var c = centroids[assignments[i].Story];
            foreach (var (k, w) in StreamingClusterer.Vector(bag(documents[i]), idf, topTerms)) c[k] = c.GetValueOrDefault(k) + w;
        }

        if (storyIdf) ReweighByStories(centroids, idf);
        return centroids.Select(c =>
        {
            double n = Math.Sqrt(c.Values.Sum(v => v * v));
            return n == 0 ? c : c.ToDictionary(kv => kv.Key, kv => kv.Value / n, StringComparer.Ordinal);
        }).ToArray();
    }

    /// <summary>
    /// Each story's year: the median over its documents of each one's year, which is its publication year when
    /// metadata gives it, else the latest year its text writes out, else the year of a date read from its text;
    /// null when no document has any.
    /// </summary>
    private static int?[] StoryYears(IReadOnlyList<DocumentFeatures> documents, IReadOnlyList<Assignment> assignments, int stories)
    {
        var years = Enumerable.Range(0, stories).Select(_ => new List<int>()).ToArray();
        for (int i = 0; i < documents.Count; i++)
        {
            var d = documents[i];
            if ((d.PublishedFromMetadata ? d.Published?.Year : d.LatestYear ?? d.Published?.Year) is int y) years[assignments[i].Story].Add(y);
        }

        return years.Select(l => l.Count == 0 ? (int?)null : l.Order().ElementAt(l.Count / 2)).ToArray();
    }

    /// <summary>
    /// Rescales each centroid term from its document-level IDF to its story-level IDF, log((S + 1) / (sdf + 1)):
    /// a term in every story weighs nothing, a term in two stories nearly the most.
    /// </summary>
    private static void ReweighByStories(Dictionary<string, double>[] centroids, Dictionary<string, double> idf)
    {
        var sdf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in centroids)
        {
            foreach (var k in c.Keys) sdf[k] = sdf.GetValueOrDefault(k) + 1;
        }

        foreach (var c in centroids)
        {
            foreach (var k in c.Keys.ToList())
            {
                c[k] *= Math.Log((centroids.Length + 1.0) / (sdf[k] + 1.0)) / Math.Max(1e-9, idf.GetValueOrDefault(k, 1));
            }
        }
    }

    /// <summary>
    /// Each story's event-kind profile: how strongly its documents cue each kind (distinct cue words, capped at 3),
    /// less the same over all documents, kept only where positive. Kinds every report of the stream cues weigh
    /// nothing, and two stories agree only on the kinds that set them apart; clipping the negatives keeps "neither
    /// is about an election" from counting as agreement. The cap of 3 cue words keeps one wordy report from
    /// outweighing its story; caps of 1, 3 and 5 give the same topic F1 on ECB+ dev (0.909 all, 0.996 odd topics;
    /// even 0.928 at 3 and 5, 0.948 at 1; h/topics2, 2026-11-23).
    /// </summary>
    private static double[][] KindVectors(IReadOnlyList<DocumentFeatures> documents, IReadOnlyList<Assignment> assignments, int stories)
    {
        int n = EventTypes.Kinds.Count;
        var sums = Enumerable.Range(0, stories).Select(_ => new double[n]).ToArray();
        var counts = new int[stories];
        var all = new double[n];
        for (int i = 0; i < documents.Count; i++)
        {
            var v = EventTypes.Of(documents[i].Terms);
            int s = assignments[i].Story;
            counts[s]++;
            for (int k = 0; k < n; k++)
            {
                double p = Math.Min(v[k], 3) / 3;
                sums[s][k] += p;
                all[k] += p;
            }
        }

        for (int k = 0; k < n && documents.Count > 0; k++) all[k] /= documents.Count;
        for (int s = 0; s < stories; s++)
        {
            for (int k = 0; k < n; k++) sums[s][k] = counts[s] == 0 ? 0 : Math.Max(0, sums[s][k] / counts[s] - all[k]);
        }

        return sums;
    }
}
