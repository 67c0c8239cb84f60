namespace Corroborate.Stories.Clustering;

/// <summary>
/// Streaming story clustering: documents arrive one at a time and join the best-scoring existing story or start
/// a new one. Score = content weight × TF-IDF cosine(content words) + entity weight × TF-IDF cosine(names) −
/// a time penalty (days between dates) − a year penalty (a dated side against years the other names) − a
/// participant penalty (different people). The year and people checks read per-story counts kept up to date on
/// every join and move, so they cost O(the people most members name) per scored candidate, never a pass over members.
/// Candidate stories come from an inverted index over each story's top terms and names, capped per posting, so
/// each arrival costs O(top terms × posting cap), never a pass over all stories.
/// IDF comes from the batch (document frequencies over every input), fixed before the stream starts.
/// </summary>
public sealed class StreamingClusterer
{
    private readonly StoryClusterOptions _options;
    private readonly Dictionary<string, double> _termIdf;
    private readonly Dictionary<string, double> _nameIdf;
    private readonly List<StoryState> _stories = [];
    private readonly Dictionary<string, List<int>> _postings = new(StringComparer.Ordinal);

    // Live mode only: document frequencies so far, and how many documents they count.
    private readonly Dictionary<string, int>? _liveDf;
    private int _liveCount;

    private StreamingClusterer(StoryClusterOptions options, IReadOnlyList<DocumentFeatures> batch, bool live = false)
    {
        _options = options;
        _termIdf = Idf(batch.Select(b => b.Terms.Keys));
        _nameIdf = Idf(batch.Select(b => b.Names.Keys));
        if (live) _liveDf = new Dictionary<string, int>(StringComparer.Ordinal);
    }

    /// <summary>
    /// A clusterer for documents that keep arriving (a server's store): there is no batch to take IDF from, so
    /// document frequencies grow with the stream and each arrival is weighted by the frequencies seen so far.
    /// Feed it with <see cref="Append"/>; replaying the same documents in the same order gives the same stories.
    /// </summary>
    public static StreamingClusterer Live(StoryClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new StreamingClusterer(options, [], live: true);
    }

    /// <summary>Stories started so far.</summary>
    public int StoryCount => _stories.Count;

    /// <summary>
    /// Adds the next document of a live stream (see <see cref="Live"/>); <paramref name="story"/> forces the story
    /// of a copy. Returns where it went and why.
    /// </summary>
    public Assignment Append(DocumentFeatures document, int? story = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (_liveDf is null) throw new InvalidOperationException("Append is for a clusterer made by Live().");
        _liveCount++;
        Count(document.Terms.Keys, "t:", _termIdf);
        Count(document.Names.Keys, "n:", _nameIdf);
        return Add(document, story);

        void Count(IEnumerable<string> keys, string prefix, Dictionary<string, double> idf)
        {
            foreach (var k in keys)
            {
                int df = _liveDf[prefix + k] = _liveDf.GetValueOrDefault(prefix + k) + 1;
                idf[k] = Math.Log((_liveCount + 1.0) / (df + 1.0)) + 1;
            }
        }
    }

    /// <summary>Clusters documents in the order given; returns each document's assignment in that order.</summary>
    public static IReadOnlyList<Assignment> Cluster(IReadOnlyList<DocumentFeatures> documents, StoryClusterOptions options, IReadOnlyDictionary<int, int>? forced = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(options);
        var clusterer = new StreamingClusterer(options, documents);
        var result = new List<Assignment>(documents.Count);
        for (int i = 0; i < documents.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            int? force = forced is not null && forced.TryGetValue(i, out int of) ? result[of].Story : null;
            result.Add(clusterer.Add(documents[i], force));
        }

        // Reassignment repeats until no document moves (k-means style), capped so the cost stays linear.
        for (int pass = 0; options.RefinePass && pass < options.RefinePasses; pass++)
        {
            if (clusterer.Refine(documents, result, forced, ct) == 0) break;
        }

        return result;
    }

    /// <summary>
    /// One pass after the stream: each document is scored against its own story without itself and against the
    /// other candidates, and moves when another story now fits it better. Early arrivals joined stories before
    /// those stories had taken shape; this undoes the order effects of a single pass at a linear cost.
    /// Returns how many documents moved.
    /// </summary>
    private int Refine(IReadOnlyList<DocumentFeatures> documents, List<Assignment> result, IReadOnlyDictionary<int, int>? forced, CancellationToken ct)
    {
        // Copies stay with their originals, so neither moves.
        var pinned = forced is null ? [] : forced.Keys.Concat(forced.Values).ToHashSet();
        int moved = 0;
        for (int i = 0; i < documents.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            if (pinned.Contains(i)) continue;
            var doc = documents[i];
            var terms = Vector(doc.Terms, _termIdf, _options.TopTerms);
            var names = Vector(doc.Names, _nameIdf, _options.TopTerms);
            int own = result[i].Story;
            _stories[own].Terms.Subtract(terms);
            _stories[own].Names.Subtract(names);
            _stories[own].CountYears(doc, -1);
            _stories[own].CountNames(doc, -1);
            var ownScore = _stories[own].Terms.IsEmpty ? double.MinValue : Score(_stories[own], terms, names, doc).Score;
            int best = own;
            double bestScore = ownScore;
            foreach (var c in Candidates(terms, names))
            {
                if (c == own || _stories[c].Terms.IsEmpty) continue;
                var sc = Score(_stories[c], terms, names, doc);
                if (sc.Score >= _options.JoinThreshold && sc.Score > bestScore) (best, bestScore) = (c, sc.Score);
            }

            _stories[best].Terms.Add(terms);
            _stories[best].Names.Add(names);
            _stories[best].CountYears(doc, +1);
            _stories[best].CountNames(doc, +1);
            if (best != own)
            {
                moved++;
                var sc = Score(_stories[best], terms, names, doc);
                result[i] = new Assignment(doc.Id, best, false, sc.Content, sc.Entities, sc.Days, bestScore, _options.JoinThreshold,
                    WithPenalties(AssignmentReasons.Moved, sc.Penalties));
            }
        }

        return moved;
    }

    private IEnumerable<int> Candidates(Dictionary<string, double> terms, Dictionary<string, double> names)
    {
        var hits = new Dictionary<int, int>();
        foreach (var key in terms.Keys.Select(k => "t:" + k).Concat(names.Keys.Select(k => "n:" + k)))
        {
            if (!_postings.TryGetValue(key, out var list)) continue;
            foreach (var c in list) hits[c] = hits.GetValueOrDefault(c) + 1;
        }

        return hits.OrderByDescending(kv => kv.Value).ThenByDescending(kv => kv.Key).Take(_options.Candidates).Select(kv => kv.Key).Order();
    }

    private Assignment Add(DocumentFeatures doc, int? forcedStory)
    {
        var terms = Vector(doc.Terms, _termIdf, _options.TopTerms);
        var names = Vector(doc.Names, _nameIdf, _options.TopTerms);
        if (forcedStory is { } f)
        {
            // A live store restoring its state replays each document into the story it was stored in.
            if (f == _stories.Count) _stories.Add(new StoryState());
            var s = _stories[f];
            var (c, e, d, score, _) = Score(s, terms, names, doc);
            Join(f, terms, names, doc);
            return new Assignment(doc.Id, f, false, c, e, d, score, _options.JoinThreshold, AssignmentReasons.Copy);
        }

        // Stories sharing the most top terms and names are scored in full; the rest cannot win on cosine.
        int best = -1;
        (double C, double E, double? D, double S, Penalty P) bestScore = (0, 0, null, double.MinValue, default);
        foreach (var c in Candidates(terms, names))
        {
            var sc = Score(_stories[c], terms, names, doc);
            if (sc.Score > bestScore.S) (best, bestScore) = (c, sc);
        }

        if (best >= 0 && bestScore.S >= _options.JoinThreshold)
        {
            Join(best, terms, names, doc);
            return new Assignment(doc.Id, best, false, bestScore.C, bestScore.E, bestScore.D, bestScore.S, _options.JoinThreshold,
                WithPenalties(AssignmentReasons.Joined, bestScore.P));
        }

        _stories.Add(new StoryState());
        Join(_stories.Count - 1, terms, names, doc);
        return best < 0
            ? new Assignment(doc.Id, _stories.Count - 1, true, 0, 0, null, 0, _options.JoinThreshold, AssignmentReasons.NoCandidate)
            : new Assignment(doc.Id, _stories.Count - 1, true, bestScore.C, bestScore.E, bestScore.D, bestScore.S, _options.JoinThreshold,
                WithPenalties(AssignmentReasons.BelowThreshold, bestScore.P));
    }

    /// <summary>
    /// The penalties that lowered a score, kept as numbers and flags (Score runs for every candidate of every
    /// arrival and pass, so it writes no text); they are worded only for the assignment that is kept.
    /// </summary>
    private readonly record struct Penalty(double Days, double Late, bool Years, bool People);

    private string WithPenalties(string reason, Penalty p)
    {
        var parts = new List<string>();
        if (p.Late > 0) parts.Add(FormattableString.Invariant($"{p.Days} days apart −{p.Late:0.00}"));
        if (p.Years) parts.Add(FormattableString.Invariant($"different years −{_options.YearPenalty:0.00}"));
        if (p.People) parts.Add(FormattableString.Invariant($"different people −{_options.ParticipantPenalty:0.00}"));
        return parts.Count == 0 ? reason : $"{reason} (after {string.Join("; ", parts)})";
    }

    /// <summary>
    /// The document's score against a story, with the penalties that lowered it, so that an assignment can say
    /// why it joined late or fell short ("after 12 days apart −0.01; different people −0.30").
    /// </summary>
    private (double Content, double Entities, double? Days, double Score, Penalty Penalties) Score(StoryState s, Dictionary<string, double> terms, Dictionary<string, double> names, DocumentFeatures doc)
    {
        double late = 0;
        var date = doc.Published;
        double content = s.Terms.Cosine(terms);
        double entities = s.Names.Cosine(names);
        // A side with no names is no evidence either way: content then carries the whole weight.
        double score = names.Count == 0 || s.Names.IsEmpty
            ? content * (_options.ContentWeight + _options.EntityWeight)
            : _options.ContentWeight * content + _options.EntityWeight * entities;
        double? days = null;
        if (date is { } d && s.Span() is { } span)
        {
            int dn = d.DayNumber;
            bool published = doc.PublishedFromMetadata && s.AllFromMetadata;
            // Publication dates are measured from the story's mean day, so a chain of daily developments cannot
            // drag a story along for weeks; dates read from text (often a date the report mentions, not its own)
            // from the nearest end of its span, which forgives them more.
            days = published ? Math.Abs(dn - s.MeanDay()) : dn < span.First ? span.First - dn : dn > span.Last ? dn - span.Last : 0;
            double perWeek = published ? _options.TimePenaltyPerWeek : _options.TextDatePenaltyPerWeek;
            late = perWeek * Math.Max(0, days.Value - _options.TimeGraceDays) / 7.0;
            score -= late;
        }

        bool years = YearsDisagree(s, doc), people = PeopleDisagree(s, doc);
        if (years) score -= _options.YearPenalty;
        if (people) score -= _options.ParticipantPenalty;
        return (content, entities, days, score, new Penalty(days ?? 0, late, years, people));
    }

    /// <summary>
    /// Whether the document and the story are clearly from different years: one side dated (a publication date)
    /// and the other naming years, more than <see cref="StoryClusterOptions.YearTolerance"/> apart. A dated
    /// document is held against the year most of the story's members name when none of them is dated; a document
    /// that is not dated, by the latest year it names, against the years of the story's dated members. Two dated
    /// sides are left to the per-week penalty, and two undated ones to nothing: years named in background ("since
    /// 2001") are too loose to part two reports when neither carries its own date.
    /// </summary>
    private bool YearsDisagree(StoryState s, DocumentFeatures doc)
    {
        if (_options.YearPenalty == 0) return false;
        int tol = _options.YearTolerance;
        if (doc.Published is { } p)
        {
            if (s.DatedYears.Count > 0) return false;
            return s.ModeNamedYear() is { } named && Math.Abs(p.Year - named) > tol;
        }

        if (doc.LatestYear is not { } y || s.DatedYears.Count == 0) return false;
        int lo = int.MaxValue, hi = int.MinValue;
        foreach (var k in s.DatedYears.Keys) (lo, hi) = (Math.Min(lo, k), Math.Max(hi, k));
        return y < lo - tol || y > hi + tol;
    }

    /// <summary>
    /// Whether the document and the story are about different people: most of the people most of the story's
    /// members name are missing from the document, and most of the people the document names more than once are
    /// missing from every member. Two reports of one kind of event (a coach fired, a climber killed, a prime
    /// minister facing riots) share their words and places but not their victims, suspects and office holders.
    /// </summary>
    private bool PeopleDisagree(StoryState s, DocumentFeatures doc)
    {
        if (_options.ParticipantPenalty == 0 || s.Members < _options.ParticipantMinMembers || doc.People.Count == 0) return false;
        var defining = s.DefiningPeople();
        int missing = 0;
        foreach (var name in defining)
        {
            if (!doc.People.ContainsKey(name)) missing++;
        }

        if (defining.Count == 0 || missing < _options.ParticipantMissing * defining.Count) return false;
        int own = 0, novel = 0;
        foreach (var (name, count) in doc.People)
        {
            if (count < 2) continue;
            own++;
            if (!s.PeopleDocs.ContainsKey(name)) novel++;
        }

        return own > 0 && novel >= _options.ParticipantMissing * own;
    }

    private void Join(int story, Dictionary<string, double> terms, Dictionary<string, double> names, DocumentFeatures doc)
    {
        var date = doc.Published;
        var s = _stories[story];
        s.CountYears(doc, +1);
        s.CountNames(doc, +1);
        if (date is not null && !doc.PublishedFromMetadata) s.AllFromMetadata = false;
        s.Terms.Add(terms);
        s.Names.Add(names);

        foreach (var key in terms.Keys.Select(k => "t:" + k).Concat(names.Keys.Select(k => "n:" + k)))
        {
            if (!_postings.TryGetValue(key, out var list)) _postings[key] = list = [];
            if (list.Count > 0 && list[^1] == story) continue;
            list.Remove(story);
            list.Add(story);
            if (list.Count > _options.PostingCap) list.RemoveAt(0);
        }
    }

    internal static Dictionary<string, double> Idf(IEnumerable<IEnumerable<string>> docs)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        int n = 0;
        foreach (var d in docs)
        {
            n++;
            foreach (var t in d) df[t] = df.GetValueOrDefault(t) + 1;
        }

        return df.ToDictionary(kv => kv.Key, kv => Math.Log((n + 1.0) / (kv.Value + 1.0)) + 1, StringComparer.Ordinal);
    }

    /// <summary>(1 + log tf) × idf over the top terms, L2-normalised.</summary>
    internal static Dictionary<string, double> Vector(IReadOnlyDictionary<string, int> counts, Dictionary<string, double> idf, int top)
    {
        var weights = counts
            .Select(kv => (kv.Key, W: (1 + Math.Log(kv.Value)) * idf.GetValueOrDefault(kv.Key, 1)))
            .OrderByDescending(x => x.W).ThenBy(x => x.Key, StringComparer.Ordinal)
            .Take(top).ToList();
        double norm = Math.Sqrt(weights.Sum(x => x.W * x.W));
        return norm == 0 ? [] : weights.ToDictionary(x => x.Key, x => x.W / norm, StringComparer.Ordinal);
    }

    private sealed class StoryState
    {
        public SparseCentroid Terms { get; } = new();
        public SparseCentroid Names { get; } = new();
        public bool AllFromMetadata { get; set; } = true;

        /// <summary>Dated members by the day number of their date, so a member that leaves takes its date along.</summary>
        private readonly Dictionary<int, int> _days = [];
        private (int First, int Last)? _span;
        private bool _spanKnown = true;

        /// <summary>The first and last day of the story's dated members (null when none is dated).</summary>
        public (int First, int Last)? Span()
        {
            if (!_spanKnown)
            {
                _span = _days.Count == 0 ? null : (_days.Keys.Min(), _days.Keys.Max());
                _spanKnown = true;
            }

            return _span;
        }

        /// <summary>
        /// The mean day number of the story's dated members, to the nearest day so that "days apart" stays a whole
        /// number (call only when <see cref="Span"/> is not null).
        /// </summary>
        public int MeanDay()
        {
            long sum = 0, n = 0;
            foreach (var (day, c) in _days) (sum, n) = (sum + ((long)day * c), n + c);
            return (int)Math.Round((double)sum / n);
        }

        /// <summary>Members in the story.</summary>
        public int Members { get; private set; }

        /// <summary>Members naming each person.</summary>
        public Dictionary<string, int> PeopleDocs { get; } = new(StringComparer.Ordinal);

        public void CountNames(DocumentFeatures doc, int sign)
        {
            Members += sign;
            foreach (var name in doc.People.Keys) Bump(PeopleDocs, name, sign);
            _defining = null;
        }

        private List<string>? _defining;

        /// <summary>
        /// The people at least half the members name, worked out once per change of the story rather than once per
        /// scored candidate: a story of thousands of reports names thousands of people, and it is scored against
        /// many arrivals between two changes.
        /// </summary>
        public List<string> DefiningPeople() =>
            _defining ??= [.. PeopleDocs.Where(kv => 2 * kv.Value >= Members).Select(kv => kv.Key)];

        /// <summary>Members by their publication year.</summary>
        public Dictionary<int, int> DatedYears { get; } = [];

        /// <summary>Members that are not dated, by the latest year their text names.</summary>
        public Dictionary<int, int> NamedYears { get; } = [];

        public void CountYears(DocumentFeatures doc, int sign)
        {
            if (doc.Published is { } p)
            {
                Bump(DatedYears, p.Year, sign);
                Bump(_days, p.DayNumber, sign);
                _spanKnown = false;
            }
            else if (doc.LatestYear is { } y) Bump(NamedYears, y, sign);
        }

        /// <summary>The year most undated members name; ties go to the later year, so the result is deterministic.</summary>
        public int? ModeNamedYear()
        {
            int? best = null;
            int count = 0;
            foreach (var (year, c) in NamedYears)
            {
                if (c > count || c == count && year > best) (best, count) = (year, c);
            }

            return best;
        }

        private static void Bump<TKey>(Dictionary<TKey, int> counts, TKey key, int sign)
            where TKey : notnull
        {
            int c = counts.GetValueOrDefault(key) + sign;
            if (c > 0) counts[key] = c;
            else counts.Remove(key);
        }
    }
}
