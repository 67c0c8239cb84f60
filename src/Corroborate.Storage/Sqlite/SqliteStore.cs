using System.Globalization;
using System.Reflection;
using Microsoft.Data.Sqlite;

namespace Corroborate.Storage.Sqlite;

/// <summary>A new document's row, ready to insert in the ingest transaction.</summary>
internal sealed record DocumentRow(
    long Seq,
    string Id,
    string Hash,
    string Source,
    string? Title,
    string? Outlet,
    string? Published,
    string Story,
    string? CopyOf,
    double? CopySimilarity,
    string Assignment,
    string Input,
    string Metadata,
    string Features,
    byte[] Shingles,
    string Json,
    string Text);

/// <summary>What the live clusterer needs of each stored document to rebuild its state.</summary>
internal sealed record ReplayRow(long Seq, string Id, string Story, string Features, byte[] Shingles);

/// <summary>What recomposing a story needs of one member: its reader output and how it joined.</summary>
internal sealed record MemberRow(string Id, string Source, string Input, string Metadata, string? CopyOf, double? CopySimilarity, string Assignment);

/// <summary>
/// The embedded store: one SQLite file in WAL mode (readers never block the writer), opened per operation
/// from the connection pool. Writes happen in one transaction per ingest, so a crash leaves either the whole
/// ingest or none of it. synchronous=FULL: a commit is on disk before the ingest is acknowledged.
/// </summary>
internal sealed partial class SqliteStore
{
    public const string FileName = "corroborate.db";
    private readonly string _connectionString;

    private SqliteStore(string connectionString) => _connectionString = connectionString;

    public string Path { get; private init; } = "";

    /// <summary>Opens (creating on first use) the store in <paramref name="folder"/>.</summary>
    public static SqliteStore Open(string folder)
    {
        Directory.CreateDirectory(folder);
        var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, FileName));
        var cs = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        var store = new SqliteStore(cs) { Path = path };
        using var c = store.Connect();
        Execute(c, "PRAGMA journal_mode = WAL;");
        using (var schema = Assembly.GetExecutingAssembly().GetManifestResourceStream("Corroborate.Storage.schema.sql")!)
        using (var reader = new StreamReader(schema))
        {
            Execute(c, reader.ReadToEnd());
        }

        Execute(c, "INSERT OR IGNORE INTO meta(key, value) VALUES ('schema', '1');");
        return store;
    }

    /// <param name="durable">
    /// FULL: a commit is on disk when it returns (ingests). NORMAL: it survives a crash of the process but may be
    /// lost with power (derived data such as composed briefs, which stay marked as behind until written).
    /// </param>
    public SqliteConnection Connect(bool durable = true)
    {
        var c = new SqliteConnection(_connectionString);
        c.Open();
        Execute(c, durable ? "PRAGMA synchronous = FULL;" : "PRAGMA synchronous = NORMAL;");
        return c;
    }

    public static void Execute(SqliteConnection c, string sql, SqliteTransaction? tx = null)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    public static SqliteCommand Command(SqliteConnection c, string sql, SqliteTransaction? tx, params (string Name, object? Value)[] parameters)
    {
        var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return cmd;
    }

    public long MaxSeq(SqliteConnection c, SqliteTransaction? tx = null)
    {
        using var cmd = Command(c, "SELECT COALESCE(MAX(seq), 0) FROM documents", tx);
        return (long)cmd.ExecuteScalar()!;
    }

    public long StoryCount(SqliteConnection c, SqliteTransaction? tx = null)
    {
        using var cmd = Command(c, "SELECT COUNT(*) FROM stories", tx);
        return (long)cmd.ExecuteScalar()!;
    }

    public string? FindByHash(SqliteConnection c, string hash, SqliteTransaction? tx = null)
    {
        using var cmd = Command(c, "SELECT id FROM documents WHERE hash = $h", tx, ("$h", hash));
        return cmd.ExecuteScalar() as string;
    }

    public string? StoryOf(SqliteConnection c, string documentId, SqliteTransaction? tx = null)
    {
        using var cmd = Command(c, "SELECT story FROM documents WHERE id = $id", tx, ("$id", documentId));
        return cmd.ExecuteScalar() as string;
    }

    public static void InsertDocument(SqliteConnection c, SqliteTransaction tx, DocumentRow r, DateTimeOffset now)
    {
        using (var cmd = Command(c, """
            INSERT INTO documents(seq, id, hash, source, title, outlet, published, ingested, story, copy_of, copy_sim,
                                  assignment, input, metadata, features, shingles, json)
            VALUES ($seq, $id, $hash, $source, $title, $outlet, $published, $ingested, $story, $copy, $sim,
                    $assignment, $input, $metadata, $features, $shingles, $json)
            """, tx,
            ("$seq", r.Seq), ("$id", r.Id), ("$hash", r.Hash), ("$source", r.Source), ("$title", r.Title), ("$outlet", r.Outlet),
            ("$published", r.Published), ("$ingested", Iso(now)), ("$story", r.Story), ("$copy", r.CopyOf), ("$sim", r.CopySimilarity),
            ("$assignment", r.Assignment), ("$input", r.Input), ("$metadata", r.Metadata), ("$features", r.Features),
            ("$shingles", r.Shingles), ("$json", r.Json)))
        {
            cmd.ExecuteNonQuery();
        }

        using (var fts = Command(c, "INSERT INTO documents_fts(rowid, title, text) VALUES ($seq, $title, $text)", tx,
            ("$seq", r.Seq), ("$title", r.Title ?? ""), ("$text", r.Text)))
        {
            fts.ExecuteNonQuery();
        }

        // The story row: created by its first member, counted and marked behind by every later one.
        using var story = Command(c, """
            INSERT INTO stories(id, seq, title, documents, independent, first_date, last_date, updated, version, dirty)
            VALUES ($id, $seq, $title, 1, 1, $date, $date, $now, 1, 1)
            ON CONFLICT(id) DO UPDATE SET
              documents = documents + 1,
              independent = independent + (CASE WHEN $copy IS NULL THEN 1 ELSE 0 END),
              first_date = CASE WHEN $date IS NOT NULL AND (first_date IS NULL OR $date < first_date) THEN $date ELSE first_date END,
              last_date = CASE WHEN $date IS NOT NULL AND (last_date IS NULL OR $date > last_date) THEN $date ELSE last_date END,
              updated = $now, version = version + 1, dirty = 1
            """, tx,
            ("$id", r.Story), ("$seq", StorySeq(r.Story)), ("$title", r.Title ?? r.Source), ("$date", r.Published),
            ("$now", Iso(now)), ("$copy", r.CopyOf));
        story.ExecuteNonQuery();
    }

    public IEnumerable<ReplayRow> Replay()
    {
        using var c = Connect();
        using var cmd = Command(c, "SELECT seq, id, story, features, shingles FROM documents ORDER BY seq", null);
        using var r = cmd.ExecuteReader();
        while (r.Read()) yield return new ReplayRow(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), (byte[])r[4]);
    }

    public static long StorySeq(string storyId) => long.Parse(storyId.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture);

    public static string Iso(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
