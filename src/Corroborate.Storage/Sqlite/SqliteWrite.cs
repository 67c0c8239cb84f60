using Microsoft.Data.Sqlite;

namespace Corroborate.Storage.Sqlite;

/// <summary>An ingest transaction on the SQLite file: SQLite itself lets one writer in at a time.</summary>
internal sealed class SqliteWrite : IStoreWrite
{
    private readonly SqliteConnection _c;
    private readonly SqliteTransaction _tx;

    public SqliteWrite(SqliteConnection connection)
    {
        _c = connection;
        _tx = connection.BeginTransaction();
    }

    public long MaxSeq()
    {
        using var cmd = SqliteStore.Command(_c, "SELECT COALESCE(MAX(seq), 0) FROM documents", _tx);
        return (long)cmd.ExecuteScalar()!;
    }

    public IEnumerable<ReplayRow> ReplayAfter(long seq) => SqliteStore.ReplayAfter(_c, _tx, seq);

    public string? FindByHash(string hash)
    {
        using var cmd = SqliteStore.Command(_c, "SELECT id FROM documents WHERE hash = $h", _tx, ("$h", hash));
        return cmd.ExecuteScalar() as string;
    }

    public string? StoryOf(string documentId)
    {
        using var cmd = SqliteStore.Command(_c, "SELECT story FROM documents WHERE id = $id", _tx, ("$id", documentId));
        return cmd.ExecuteScalar() as string;
    }

    public void InsertDocument(DocumentRow r, DateTimeOffset now)
    {
        using (var cmd = SqliteStore.Command(_c, """
            INSERT INTO documents(seq, id, hash, source, title, outlet, published, ingested, story, copy_of, copy_sim,
                                  assignment, input, metadata, features, shingles, json)
            VALUES ($seq, $id, $hash, $source, $title, $outlet, $published, $ingested, $story, $copy, $sim,
                    $assignment, $input, $metadata, $features, $shingles, $json)
            """, _tx,
            ("$seq", r.Seq), ("$id", r.Id), ("$hash", r.Hash), ("$source", r.Source), ("$title", r.Title), ("$outlet", r.Outlet),
            ("$published", r.Published), ("$ingested", StoreKeys.Iso(now)), ("$story", r.Story), ("$copy", r.CopyOf), ("$sim", r.CopySimilarity),
            ("$assignment", r.Assignment), ("$input", r.Input), ("$metadata", r.Metadata), ("$features", r.Features),
            ("$shingles", r.Shingles), ("$json", r.Json)))
        {
            cmd.ExecuteNonQuery();
        }

        using (var fts = SqliteStore.Command(_c, "INSERT INTO documents_fts(rowid, title, text) VALUES ($seq, $title, $text)", _tx,
            ("$seq", r.Seq), ("$title", r.Title ?? ""), ("$text", r.Text)))
        {
            fts.ExecuteNonQuery();
        }

        // The story row: created by its first member, counted and marked behind by every later one.
        using var story = SqliteStore.Command(_c, """
            INSERT INTO stories(id, seq, title, documents, independent, first_date, last_date, updated, version, dirty)
            VALUES ($id, $seq, $title, 1, 1, $date, $date, $now, 1, 1)
            ON CONFLICT(id) DO UPDATE SET
              documents = documents + 1,
              independent = independent + (CASE WHEN $copy IS NULL THEN 1 ELSE 0 END),
              first_date = CASE WHEN $date IS NOT NULL AND (first_date IS NULL OR $date < first_date) THEN $date ELSE first_date END,
              last_date = CASE WHEN $date IS NOT NULL AND (last_date IS NULL OR $date > last_date) THEN $date ELSE last_date END,
              updated = $now, version = version + 1, dirty = 1
            """, _tx,
            ("$id", r.Story), ("$seq", StoreKeys.StorySeq(r.Story)), ("$title", r.Title ?? r.Source), ("$date", r.Published),
            ("$now", StoreKeys.Iso(now)), ("$copy", r.CopyOf));
        story.ExecuteNonQuery();
    }

    public void Commit() => _tx.Commit();

    public void Dispose()
    {
        _tx.Dispose();
        _c.Dispose();
    }
}
