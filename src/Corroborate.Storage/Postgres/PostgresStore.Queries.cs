using System.Data;
using Npgsql;

namespace Corroborate.Storage.Postgres;

internal sealed partial class PostgresStore
{
    public (long Version, List<MemberRow> Members) Members(string storyId)
    {
        using var c = Connect();
        // One snapshot for the version and the members, so a member committed in between cannot slip in unversioned.
        using var tx = c.BeginTransaction(IsolationLevel.RepeatableRead);
        using var v = Command(c, "SELECT version FROM stories WHERE id = @id", tx, ("id", storyId));
        var version = v.ExecuteScalar() is long l ? l : -1;
        using var cmd = Command(c, "SELECT id, source, input, metadata, copy_of, copy_sim, assignment FROM documents WHERE story = @id ORDER BY seq", tx, ("id", storyId));
        var list = new List<MemberRow>();
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                list.Add(new MemberRow(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3),
                    r.IsDBNull(4) ? null : r.GetString(4), r.IsDBNull(5) ? null : r.GetDouble(5), r.GetString(6)));
            }
        }

        tx.Commit();
        return (version, list);
    }

    public bool TryWriteStory(ComposedStory s)
    {
        using var c = Connect();
        using var tx = c.BeginTransaction();
        // A brief can always be recomposed from its members (it stays marked behind until written), so its commit
        // need not wait for the disk: the same trade as SQLite's synchronous=NORMAL for briefs.
        using (var async = Command(c, "SET LOCAL synchronous_commit TO OFF", tx)) async.ExecuteNonQuery();
        using (var cmd = Command(c, """
            UPDATE stories SET json = @json, title = @title, independent = @independent, disagreements = @disagreements, dirty = false
            WHERE id = @id AND version = @version
            """, tx, ("json", s.Json), ("title", s.Title), ("independent", s.IndependentSources),
            ("disagreements", s.Disagreements), ("id", s.Id), ("version", s.Version)))
        {
            if (cmd.ExecuteNonQuery() == 0) return false;
        }

        using (var del = Command(c, "DELETE FROM story_entities WHERE story = @id", tx, ("id", s.Id))) del.ExecuteNonQuery();
        var names = s.EntityNames.Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        using (var ins = Command(c, "INSERT INTO story_entities(story, name) SELECT @id, n FROM unnest(@names) AS n ON CONFLICT DO NOTHING", tx,
            ("id", s.Id), ("names", names)))
        {
            ins.ExecuteNonQuery();
        }

        foreach (var (id, json, published) in s.UpdatedDocuments)
        {
            using var up = Command(c, "UPDATE documents SET json = @json, published = @published::text WHERE id = @id", tx,
                ("json", json), ("published", published), ("id", id));
            up.ExecuteNonQuery();
        }

        tx.Commit();
        return true;
    }

    public StoryRow? Story(string id)
    {
        using var c = Connect();
        using var cmd = Command(c, "SELECT id, json, dirty, version FROM stories WHERE id = @id", null, ("id", id));
        using var r = cmd.ExecuteReader();
        return r.Read() ? new StoryRow(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetBoolean(2), r.GetInt64(3)) : null;
    }

    public string? DocumentJson(string id)
    {
        using var c = Connect();
        using var cmd = Command(c, "SELECT json FROM documents WHERE id = @id", null, ("id", id));
        return cmd.ExecuteScalar() as string;
    }

    public List<string> DocumentJsons(string storyId) =>
        Strings("SELECT json FROM documents WHERE story = @id ORDER BY seq", ("id", storyId));

    public List<string> DirtyStories(int limit, DateTimeOffset quietSince) =>
        Strings("SELECT id FROM stories WHERE dirty AND updated <= @quiet ORDER BY seq LIMIT @n", ("n", limit), ("quiet", StoreKeys.Iso(quietSince)));

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
        // The count and the page from one snapshot, as SQLite's read transaction gives.
        using var tx = c.BeginTransaction(IsolationLevel.RepeatableRead);
        var page = StoryListing.Page(c, tx, q, '@', "lower(name) = lower({0})");
        tx.Commit();
        return page;
    }

    /// <summary>
    /// Full-text search. Every word is quoted for websearch_to_tsquery (so no user text is parsed as its syntax:
    /// "or" and a leading '-' are words) and must match. Rank is ts_rank negated, so that lower is better as with
    /// SQLite's bm25; the snippet is ts_headline's best fragment of about 16 words, computed for the returned hits only.
    /// </summary>
    public List<SearchHit> Search(string query, int limit)
    {
        var words = StoreKeys.SearchWords(query);
        if (words.Count == 0) return [];
        var match = string.Join(' ', words.Select(w => "\"" + w + "\""));
        using var c = Connect();
        using var cmd = Command(c, """
            WITH q AS (SELECT websearch_to_tsquery('simple', @q) AS query),
            top AS (
              SELECT d.seq, d.id, d.story, d.title, d.body, ts_rank(d.search, q.query) AS rank, q.query
              FROM documents d, q WHERE d.search @@ q.query ORDER BY rank DESC, d.seq LIMIT @n)
            SELECT id, story, title, ts_headline('simple', body, query, @options), rank FROM top ORDER BY rank DESC, seq
            """, null, ("q", match), ("n", Math.Clamp(limit, 1, 100)), ("options", HeadlineOptions));
        using var r = cmd.ExecuteReader();
        var hits = new List<SearchHit>();
        while (r.Read())
        {
            hits.Add(new SearchHit(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetString(3),
                Math.Round(-r.GetFloat(4), 4)));
        }

        return hits;
    }

    /// <summary>Marks matches as SQLite's snippet does (U+0002 … U+0003), one fragment of 8 to 16 words.</summary>
    private const string HeadlineOptions = "StartSel=\u0002, StopSel=\u0003, MaxWords=16, MinWords=8, ShortWord=0, MaxFragments=1, FragmentDelimiter=\" … \"";

    private List<string> Strings(string sql, params (string Name, object? Value)[] parameters)
    {
        using var c = Connect();
        using var cmd = Command(c, sql, null, parameters);
        using var r = cmd.ExecuteReader();
        var list = new List<string>();
        while (r.Read()) list.Add(r.GetString(0));
        return list;
    }
}
