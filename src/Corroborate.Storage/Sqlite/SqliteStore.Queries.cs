using Microsoft.Data.Sqlite;

namespace Corroborate.Storage.Sqlite;

internal sealed partial class SqliteStore
{
    public (long Version, List<MemberRow> Members) Members(string storyId)
    {
        using var c = Connect();
        using var tx = c.BeginTransaction(deferred: true);
        using var v = Command(c, "SELECT version FROM stories WHERE id = $id", tx, ("$id", storyId));
        var version = v.ExecuteScalar() is long l ? l : -1;
        using var cmd = Command(c, "SELECT id, source, input, metadata, copy_of, copy_sim, assignment FROM documents WHERE story = $id ORDER BY seq", tx, ("$id", storyId));
        using var r = cmd.ExecuteReader();
        var list = new List<MemberRow>();
        while (r.Read())
        {
            list.Add(new MemberRow(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3),
                r.IsDBNull(4) ? null : r.GetString(4), r.IsDBNull(5) ? null : r.GetDouble(5), r.GetString(6)));
        }

        return (version, list);
    }

    public bool TryWriteStory(ComposedStory s)
    {
        // A brief can always be recomposed from its members, so its write need not wait for the disk.
        using var c = Connect(durable: false);
        using var tx = c.BeginTransaction();
        using (var cmd = Command(c, """
            UPDATE stories SET json = $json, title = $title, independent = $independent, disagreements = $disagreements, dirty = 0
            WHERE id = $id AND version = $version
            """, tx, ("$json", s.Json), ("$title", s.Title), ("$independent", s.IndependentSources),
            ("$disagreements", s.Disagreements), ("$id", s.Id), ("$version", s.Version)))
        {
            if (cmd.ExecuteNonQuery() == 0) return false;
        }

        using (var del = Command(c, "DELETE FROM story_entities WHERE story = $id", tx, ("$id", s.Id))) del.ExecuteNonQuery();
        foreach (var name in s.EntityNames.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            using var ins = Command(c, "INSERT OR IGNORE INTO story_entities(story, name) VALUES ($id, $name)", tx, ("$id", s.Id), ("$name", name));
            ins.ExecuteNonQuery();
        }

        foreach (var (id, json, published) in s.UpdatedDocuments)
        {
            using var up = Command(c, "UPDATE documents SET json = $json, published = $published WHERE id = $id", tx,
                ("$json", json), ("$published", published), ("$id", id));
            up.ExecuteNonQuery();
        }

        tx.Commit();
        return true;
    }

    public StoryRow? Story(string id)
    {
        using var c = Connect();
        using var cmd = Command(c, "SELECT id, json, dirty, version FROM stories WHERE id = $id", null, ("$id", id));
        using var r = cmd.ExecuteReader();
        return r.Read() ? new StoryRow(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetInt64(2) != 0, r.GetInt64(3)) : null;
    }

    public string? DocumentJson(string id)
    {
        using var c = Connect();
        using var cmd = Command(c, "SELECT json FROM documents WHERE id = $id", null, ("$id", id));
        return cmd.ExecuteScalar() as string;
    }

    public List<string> DocumentJsons(string storyId)
    {
        using var c = Connect();
        using var cmd = Command(c, "SELECT json FROM documents WHERE story = $id ORDER BY seq", null, ("$id", storyId));
        using var r = cmd.ExecuteReader();
        var list = new List<string>();
        while (r.Read()) list.Add(r.GetString(0));
        return list;
    }

    public List<string> DirtyStories(int limit, DateTimeOffset quietSince)
    {
        using var c = Connect();
        using var cmd = Command(c, "SELECT id FROM stories WHERE dirty = 1 AND updated <= $quiet ORDER BY seq LIMIT $n", null,
            ("$n", limit), ("$quiet", StoreKeys.Iso(quietSince)));
        using var r = cmd.ExecuteReader();
        var list = new List<string>();
        while (r.Read()) list.Add(r.GetString(0));
        return list;
    }

    public (long Documents, long Stories) Counts()
    {
        using var c = Connect();
        using var cmd = Command(c, "SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM stories)", null);
        using var r = cmd.ExecuteReader();
        r.Read();
        return (r.GetInt64(0), r.GetInt64(1));
    }

    public Paged<StorySummary> ListStories(StoryQuery q)
    {
        using var c = Connect();
        using var tx = c.BeginTransaction(deferred: true);
        return StoryListing.Page(c, tx, q, '$', "name = {0}");
    }

    /// <summary>
    /// Full-text search. The query is taken as plain words (each quoted for FTS5, so no user text is ever
    /// parsed as FTS syntax); every word must match. Snippets mark matches with U+0002 … U+0003.
    /// </summary>
    public List<SearchHit> Search(string query, int limit)
    {
        var words = StoreKeys.SearchWords(query);
        if (words.Count == 0) return [];
        var match = string.Join(' ', words.Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
        using var c = Connect();
        using var cmd = Command(c, """
            SELECT d.id, d.story, d.title, snippet(documents_fts, 1, char(2), char(3), '…', 16), bm25(documents_fts) AS rank
            FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
            WHERE documents_fts MATCH $q ORDER BY rank LIMIT $n
            """, null, ("$q", match), ("$n", Math.Clamp(limit, 1, 100)));
        using var r = cmd.ExecuteReader();
        var hits = new List<SearchHit>();
        while (r.Read())
        {
            hits.Add(new SearchHit(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetString(3), Math.Round(r.GetDouble(4), 4)));
        }

        return hits;
    }
}
