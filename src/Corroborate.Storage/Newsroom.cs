using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Corroborate.Model;
using Corroborate.Storage.Contract;
using Corroborate.Storage.Postgres;
using Corroborate.Storage.Sqlite;
using Corroborate.Stories;
using Corroborate.Stories.Live;
using Corroborate.Stories.Model;

namespace Corroborate.Storage;

/// <summary>Where the store lives and how documents are analysed on the way in.</summary>
public sealed record NewsroomOptions
{
    /// <summary>The data folder (created on first use); the SQLite file is inside it. Unused on PostgreSQL.</summary>
    public string DataFolder { get; init; } = "corroborate-data";

    /// <summary>
    /// A PostgreSQL connection string (Npgsql keywords, e.g. <c>Host=db;Database=corroborate;Username=news</c>):
    /// the store is that database, which several processes may share. Null: the embedded SQLite store in <see cref="DataFolder"/>.
    /// </summary>
    public string? Postgres { get; init; }

    public AnalyzeOptions Analysis { get; init; } = new();

    /// <summary>Analysed documents kept in memory so a story can be recomposed without re-analysing its members.</summary>
    public int CacheSize { get; init; } = 4096;
}

/// <summary>
/// A newsroom's running state over its store (embedded SQLite, or PostgreSQL shared by several processes):
/// articles flow in (<see cref="Ingest"/>), join stories as they arrive (<see cref="LiveStories"/>), and each
/// story's brief is recomposed from its members when they change. The CLI and the server both call this; it
/// holds no host concerns. Thread-safe: ingests are serialised (across processes too on PostgreSQL), reads run
/// concurrently.
/// </summary>
public sealed class Newsroom
{
    private readonly IStore _store;
    private readonly Corroborator _engine;
    private readonly NewsroomOptions _options;
    private readonly Lock _dbLock = new();
    private readonly Lock _composeLock = new();
    private readonly List<Ticket> _queue = [];
    private bool _writing;
    private readonly ConcurrentDictionary<string, Document> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _cacheOrder = new();
    private LiveStories _live;

    /// <summary>The last arrival number <see cref="_live"/> holds: later ones were committed by other processes.</summary>
    private long _liveSeq;

    private Newsroom(IStore store, NewsroomOptions options)
    {
        _store = store;
        _options = options;
        _engine = new Corroborator(options.Analysis);
        Restore();
    }

    /// <summary>Opens the store the options name.</summary>
    /// <exception cref="StoreUnavailableException">The PostgreSQL server cannot be reached or refuses the connection string.</exception>
    public static Newsroom Open(NewsroomOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new Newsroom(OpenStore(options), options);
    }

    internal static IStore OpenStore(NewsroomOptions options) =>
        options.Postgres is { } cs ? PostgresStore.Open(cs) : SqliteStore.Open(options.DataFolder);

    /// <summary>Where the store is: the SQLite file's full path, or the PostgreSQL server and database (never a password).</summary>
    public string DatabasePath => _store.Location;

    public (long Documents, long Stories) Counts() => _store.Counts();

    /// <summary>
    /// Analyses the documents (in parallel, outside the write lock), then stores every new one, assigns it to a
    /// story and marks that story's brief as behind, in one transaction. Rejected inputs and texts already
    /// stored are reported, not stored. When this returns, every Added item is durable.
    /// </summary>
    /// <remarks>
    /// Group commit: ingests that arrive while another is being written queue up, and the next writer commits
    /// all of them in one transaction (one fsync), each acknowledged only after that commit. Many small requests
    /// then cost about as much disk as one large one; an ingest is never split across transactions.
    /// </remarks>
    public IngestReport Ingest(IEnumerable<Document> inputs, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        // One document (the common API request) is analysed on the calling thread; a batch is spread over cores.
        var docs = inputs.ToArray();
        var prepared = new Prepared[docs.Length];
        if (docs.Length == 1) prepared[0] = Prepare(docs[0]);
        else
        {
            Parallel.For(0, docs.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.Analysis.MaxParallelism), CancellationToken = ct },
                i => prepared[i] = Prepare(docs[i]));
        }

        var ticket = new Ticket([.. prepared]);
        bool lead;
        lock (_queue)
        {
            _queue.Add(ticket);
            lead = !_writing;
            _writing = true;
        }

        // Waiters block (Monitor) rather than spin: on two cores a spinning waiter takes the CPU from the writer.
        if (!lead) lead = ticket.WaitForTurn();
        if (lead) Lead(ticket);
        return ticket.Report ?? throw new IOException("The ingest could not be stored; nothing of it was kept.", ticket.Error);
    }

    /// <summary>
    /// Writes everything queued (the leader's own ingest included) in one transaction, wakes those ingests, then
    /// hands the lead to the oldest ingest that queued meanwhile, so no request is held back writing others'.
    /// </summary>
    private void Lead(Ticket mine)
    {
        List<Ticket> group;
        lock (_queue)
        {
            group = [.. _queue];
            _queue.Clear();
        }

        try
        {
            lock (_dbLock) Write(group);
        }
        finally
        {
            Ticket? next;
            lock (_queue)
            {
                next = _queue.Count > 0 ? _queue[0] : null;
                _writing = next is not null;
            }

            foreach (var t in group.Where(t => t != mine)) t.Wake(lead: false);
            next?.Wake(lead: true);
        }
    }

    private sealed class Ticket(List<Prepared> prepared)
    {
        private readonly object _gate = new();
        private bool _woken;
        private bool _lead;

        public List<Prepared> Prepared { get; } = prepared;
        public IngestReport? Report { get; set; }
        public Exception? Error { get; set; }

        /// <summary>Blocks until written by another leader (false) or handed the lead (true).</summary>
        public bool WaitForTurn()
        {
            lock (_gate)
            {
                while (!_woken) Monitor.Wait(_gate);
                return _lead;
            }
        }

        public void Wake(bool lead)
        {
            lock (_gate)
            {
                _woken = true;
                _lead = lead;
                Monitor.Pulse(_gate);
            }
        }
    }

    /// <summary>Writes a group of ingests in one transaction (caller leads and holds the database lock).</summary>
    private void Write(List<Ticket> group)
    {
        var reports = new List<IngestItem[]>(group.Count);
        var added = new List<Document>();
        try
        {
            using var tx = _store.BeginWrite();
            long seq = tx.MaxSeq();
            // Another process sharing the store (PostgreSQL) may have added documents: replay them before assigning
            // ours, so every process numbers stories alike. Alone on the store, seq never moves on unseen: no cost.
            if (seq > _liveSeq) CatchUp(tx.ReplayAfter(_liveSeq));
            var seen = new Dictionary<string, (string Id, string Story)>(StringComparer.Ordinal);
            var now = DateTimeOffset.UtcNow;
            foreach (var ticket in group)
            {
                var items = new IngestItem[ticket.Prepared.Count];
                for (int i = 0; i < items.Length; i++)
                {
                    var p = ticket.Prepared[i];
                    if (p.Analysed is null)
                    {
                        items[i] = new IngestItem(p.Input.Source, IngestStatus.Rejected, null, null, null, p.Input.Diagnostics);
                        continue;
                    }

                    (string Id, string? Story)? earlier = seen.TryGetValue(p.Hash, out var inGroup) ? inGroup
                        : tx.FindByHash(p.Hash) is { } stored ? (stored, tx.StoryOf(stored)) : null;
                    if (earlier is { } dup)
                    {
                        items[i] = new IngestItem(p.Input.Source, IngestStatus.Duplicate, dup.Id, dup.Story, null, []);
                        continue;
                    }

                    seq++;
                    var doc = p.Analysed;
                    var features = p.Features!;
                    var arrival = _live.Add(features);
                    var story = "s" + (arrival.Story + 1).ToString(CultureInfo.InvariantCulture);
                    var why = arrival.Why;
                    var assignment = new StoryAssignment(doc.Id, why.Started, Math.Round(why.Content, 4), Math.Round(why.Entities, 4), why.DaysApart,
                        Math.Round(why.Score, 4), why.Threshold, why.Reason);
                    var row = new DocumentRow(seq, doc.Id, p.Hash, doc.Source, doc.Metadata.Title, doc.Metadata.Outlet,
                        doc.Metadata.Published.Value?.ToString(), story, arrival.CopyOf, arrival.CopySimilarity, StoreCodec.Assignment(assignment),
                        p.Input.Text, StoreCodec.Metadata(p.Input.Metadata), StoreCodec.Features(features.Features),
                        StoreCodec.Shingles(features.Shingles), p.Json!, doc.Text);
                    tx.InsertDocument(row, now);
                    seen[p.Hash] = (doc.Id, story);
                    added.Add(doc);
                    items[i] = new IngestItem(p.Input.Source, IngestStatus.Added, doc.Id, story, arrival.CopyOf, doc.Diagnostics);
                }

                reports.Add(items);
            }

            tx.Commit();
            _liveSeq = seq;
        }
        catch (Exception ex)
        {
            // The live index already holds arrivals that were never committed: rebuild it from the store.
            Restore();
            foreach (var t in group) t.Error = ex;
            return;
        }

        for (int k = 0; k < group.Count; k++) group[k].Report = new IngestReport([.. reports[k]]);
        foreach (var doc in added) Remember(doc);
    }

    /// <summary>
    /// Recomposes up to <paramref name="max"/> stories whose briefs are behind their members, oldest first,
    /// skipping stories that gained a member within <paramref name="quiet"/> (during a bulk ingest a busy story
    /// is composed once it settles, not once per arrival). Returns how many were written.
    /// </summary>
    public int RefreshPending(int max = 64, TimeSpan quiet = default, CancellationToken ct = default)
    {
        int written = 0;
        foreach (var id in _store.DirtyStories(max, DateTimeOffset.UtcNow - quiet))
        {
            ct.ThrowIfCancellationRequested();
            if (Compose(id, ct) is not null) written++;
        }

        return written;
    }

    /// <summary>Stories, newest activity first, with filters.</summary>
    public Paged<StorySummary> Stories(StoryQuery query) => _store.ListStories(query ?? new StoryQuery());

    /// <summary>
    /// The API's story object: <c>{"story": contract story, "documents": [contract documents]}</c>, composed
    /// now if its brief is behind. Null when there is no such story.
    /// </summary>
    public string? StoryWithDocuments(string id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        var row = _store.Story(id);
        if (row is null) return null;
        var json = row.Dirty || row.Json is null ? Compose(id, ct) ?? _store.Story(id)?.Json : row.Json;
        if (json is null) return null;
        var sb = new StringBuilder(json.Length * 4);
        sb.Append("{\"schema\":\"").Append(ContractNames.Schema).Append("\",\"story\":").Append(json).Append(",\"documents\":[");
        bool first = true;
        foreach (var d in _store.DocumentJsons(id))
        {
            if (!first) sb.Append(',');
            sb.Append(d);
            first = false;
        }

        return sb.Append("]}").ToString();
    }

    /// <summary>The contract document, or null.</summary>
    public string? DocumentJson(string id) => _store.DocumentJson(id);

    public IReadOnlyList<SearchHit> Search(string query, int limit = 20) =>
        string.IsNullOrWhiteSpace(query) ? [] : _store.Search(query, limit);

    /// <summary>An input analysed and encoded for storage: everything CPU-heavy happens here, outside the write lock.</summary>
    private sealed record Prepared(Document Input, Document? Analysed, string Hash, LiveFeatures? Features = null, string? Json = null);

    private Prepared Prepare(Document input)
    {
        if (input.IsRejected || input.Text.Length == 0) return new Prepared(input, null, "");
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(input.Text)));
        // Ids come from the content hash (the contract's rule for stores): the same article has the same id in every store.
        var doc = _engine.AnalyzeDocument(input with { Id = "d" + hash[..16] });
        return new Prepared(input, doc, hash, LiveFeatures.Of(doc), ContractJson.Serialize(doc));
    }

    /// <summary>Composes one story from its stored members and writes it back; null if a member arrived meanwhile.</summary>
    private string? Compose(string id, CancellationToken ct)
    {
        lock (_composeLock)
        {
            var (version, members) = _store.Members(id);
            if (members.Count == 0) return null;
            var docs = members.Select(m => _cache.TryGetValue(m.Id, out var d) ? d : Reanalyse(m, ct)).ToList();
            var dated = StoryEngine.WithInferredDates(docs, d => _engine.Reanalyse(d, ct), ct);
            var ids = members.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
            var duplicates = members.Where(m => m.CopyOf is not null && ids.Contains(m.CopyOf))
                .Select(m => new DuplicateLink(m.Id, m.CopyOf!, m.CopySimilarity ?? 0)).ToImmutableArray();
            var story = StoryEngine.Compose(id, dated, duplicates, _options.Analysis.Stories) with
            {
                Assignments = [.. members.Select(m => StoreCodec.Assignment(m.Assignment))],
            };
            var json = ContractJson.Serialize(story);
            var names = story.Entities.Select(e => e.Name)
                .Concat(dated.SelectMany(d => d.Entities.Select(e => e.Name)))
                .ToImmutableArray();
            var updated = Enumerable.Range(0, docs.Count)
                .Where(i => !ReferenceEquals(docs[i], dated[i]))
                .Select(i => (dated[i].Id, ContractJson.Serialize(dated[i]), dated[i].Metadata.Published.Value?.ToString()))
                .ToImmutableArray();
            var composed = new ComposedStory(id, version, json, story.Title, story.IndependentSources, story.Disagreements.Length, names, updated);
            foreach (var d in dated) Remember(d);
            // One writer at a time: SQLite would otherwise make the loser of two writers retry on SQLITE_BUSY,
            // which burnt most of the server's CPU when briefs were written during a stream of small ingests.
            bool written;
            lock (_dbLock) written = _store.TryWriteStory(composed);
            return written ? json : null;
        }
    }

    private Document Reanalyse(MemberRow m, CancellationToken ct)
    {
        var doc = Document.FromText(m.Id, m.Source, m.Input, StoreCodec.Metadata(m.Metadata));
        return _engine.AnalyzeDocument(doc, ct);
    }

    /// <summary>Caches an analysed document without its raw input (stories never read it), first in, first out.</summary>
    private void Remember(Document d)
    {
        if (_options.CacheSize <= 0) return;
        if (_cache.TryAdd(d.Id, d with { Raw = "", RawMap = Text.OffsetMap.Identity })) _cacheOrder.Enqueue(d.Id);
        else _cache[d.Id] = d with { Raw = "", RawMap = Text.OffsetMap.Identity };
        while (_cache.Count > _options.CacheSize && _cacheOrder.TryDequeue(out var old)) _cache.TryRemove(old, out _);
    }

    /// <summary>Rebuilds the live clusterer by replaying every stored document into its stored story.</summary>
    [MemberNotNull(nameof(_live))]
    private void Restore()
    {
        _live = new LiveStories(_options.Analysis.Stories);
        _liveSeq = 0;
        CatchUp(_store.Replay());
    }

    /// <summary>Adds stored documents (in arrival order) to the live clusterer, each into the story it was stored in.</summary>
    private void CatchUp(IEnumerable<ReplayRow> rows)
    {
        foreach (var r in rows)
        {
            var story = (int)(StoreKeys.StorySeq(r.Story) - 1);
            _live.Restore(new LiveFeatures(StoreCodec.Features(r.Features), StoreCodec.Shingles(r.Shingles)), story);
            _liveSeq = r.Seq;
        }
    }
}
