namespace Corroborate.Storage;

/// <summary>
/// What <see cref="Newsroom"/> needs of a store: one write transaction per group of ingests, and reads. The
/// embedded SQLite store and PostgreSQL implement it with the same ordering, paging and search semantics.
/// </summary>
internal interface IStore
{
    /// <summary>Where the store is, for messages: a file path, or a PostgreSQL server and database (never a password).</summary>
    string Location { get; }

    /// <summary>Starts the ingest transaction; on a shared store this also waits for other processes' writers.</summary>
    IStoreWrite BeginWrite();

    /// <summary>Every stored document, in arrival order, as the live clusterer needs it to rebuild its state.</summary>
    IEnumerable<ReplayRow> Replay();

    (long Version, List<MemberRow> Members) Members(string storyId);

    /// <summary>Writes a composed brief unless a member arrived since it was read (the version moved on).</summary>
    bool TryWriteStory(ComposedStory story);

    StoryRow? Story(string id);

    string? DocumentJson(string id);

    List<string> DocumentJsons(string storyId);

    /// <summary>Stories whose brief is behind and that have had no new member since <paramref name="quietSince"/>.</summary>
    List<string> DirtyStories(int limit, DateTimeOffset quietSince);

    (long Documents, long Stories) Counts();

    /// <summary>Stories, most recently updated first (ties: newest story first), filtered and paged.</summary>
    Paged<StorySummary> ListStories(StoryQuery query);

    /// <summary>Documents matching every word of <paramref name="query"/>, best first; snippets mark matches with U+0002 … U+0003.</summary>
    List<SearchHit> Search(string query, int limit);
}

/// <summary>
/// One ingest transaction: nothing of it is visible to readers or other processes until <see cref="Commit"/>;
/// disposing without committing keeps none of it.
/// </summary>
internal interface IStoreWrite : IDisposable
{
    /// <summary>The highest arrival number stored (0 when empty), as seen inside this transaction.</summary>
    long MaxSeq();

    /// <summary>Documents with an arrival number above <paramref name="seq"/>, in order: what other processes committed.</summary>
    IEnumerable<ReplayRow> ReplayAfter(long seq);

    string? FindByHash(string hash);

    string? StoryOf(string documentId);

    /// <summary>Stores a new document, indexes it for search, and creates or updates (marks behind) its story.</summary>
    void InsertDocument(DocumentRow row, DateTimeOffset now);

    void Commit();
}
