using Npgsql;

namespace Corroborate.Storage.Postgres;

/// <summary>
/// An ingest transaction on PostgreSQL. It takes <see cref="PostgresStore.WriterLock"/> before anything else, so
/// writers of all processes take turns and each sees (READ COMMITTED, a fresh snapshot per statement) everything
/// committed before it: the arrival numbers it assigns follow on from the last one stored.
/// </summary>
internal sealed class PostgresWrite : IStoreWrite
{
    private readonly NpgsqlConnection _c;
    private readonly NpgsqlTransaction _tx;

    public PostgresWrite(NpgsqlConnection connection)
    {
        _c = connection;
        try
        {
            _tx = connection.BeginTransaction();
            using var cmd = PostgresStore.Command(_c, "SELECT pg_advisory_xact_lock(@key)", _tx, ("key", PostgresStore.WriterLock));
            cmd.ExecuteNonQuery();
        }
        catch
        {
            // The caller never gets this object to dispose: give the connection back to the pool here.
            connection.Dispose();
            throw;
        }
    }

    public long MaxSeq()
    {
        using var cmd = PostgresStore.Command(_c, "SELECT COALESCE(MAX(seq), 0) FROM documents", _tx);
        return (long)cmd.ExecuteScalar()!;
    }

    public IEnumerable<ReplayRow> ReplayAfter(long seq) => PostgresStore.ReplayAfter(_c, _tx, seq);

    public string? FindByHash(string hash)
    {
        using var cmd = PostgresStore.Command(_c, "SELECT id FROM documents WHERE hash = @h", _tx, ("h", hash));
        return cmd.ExecuteScalar() as string;
    }

    public string? StoryOf(string documentId)
    {
        using var cmd = PostgresStore.Command(_c, "SELECT story FROM documents WHERE id = @id", _tx, ("id", documentId));
        return cmd.ExecuteScalar() as string;
    }

    public void InsertDocument(DocumentRow r, DateTimeOffset now)
    {
        using (var cmd = PostgresStore.Command(_c, """
            INSERT INTO documents(seq, id, hash, source, title, outlet, published, ingested, story, copy_of, copy_sim,
                                  assignment, input, metadata, features, shingles, json, body)
            VALUES (@seq, @id, @hash, @source, @title::text, @outlet::text, @published::text, @ingested, @story, @copy::text,
                    @sim::double precision, @assignment, @input, @metadata, @features, @shingles, @json, @body)
            """, _tx,
            ("seq", r.Seq), ("id", r.Id), ("hash", r.Hash), ("source", r.Source), ("title", r.Title), ("outlet", r.Outlet),
            ("published", r.Published), ("ingested", StoreKeys.Iso(now)), ("story", r.Story), ("copy", r.CopyOf), ("sim", r.CopySimilarity),
            ("assignment", r.Assignment), ("input", r.Input), ("metadata", r.Metadata), ("features", r.Features),
            ("shingles", r.Shingles), ("json", r.Json), ("body", r.Text)))
        {
            cmd.ExecuteNonQuery();
        }

        // The story row: created by its first member, counted and marked behind by every later one (as on SQLite).
        using var story = PostgresStore.Command(_c, """
            INSERT INTO stories AS s (id, seq, title, documents, independent, first_date, last_date, updated, version, dirty)
            VALUES (@id, @seq, @title, 1, 1, @date::text, @date::text, @now, 1, true)
            ON CONFLICT (id) DO UPDATE SET
              documents = s.documents + 1,
              independent = s.independent + (CASE WHEN @copy::text IS NULL THEN 1 ELSE 0 END),
              first_date = CASE WHEN @date::text IS NOT NULL AND (s.first_date IS NULL OR @date::text < s.first_date) THEN @date::text ELSE s.first_date END,
              last_date = CASE WHEN @date::text IS NOT NULL AND (s.last_date IS NULL OR @date::text > s.last_date) THEN @date::text ELSE s.last_date END,
              updated = @now, version = s.version + 1, dirty = true
            """, _tx,
            ("id", r.Story), ("seq", StoreKeys.StorySeq(r.Story)), ("title", r.Title ?? r.Source), ("date", r.Published),
            ("now", StoreKeys.Iso(now)), ("copy", r.CopyOf));
        story.ExecuteNonQuery();
    }

    public void Commit() => _tx.Commit();

    public void Dispose()
    {
        _tx.Dispose();
        _c.Dispose();
    }
}
