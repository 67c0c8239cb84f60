using System.Reflection;
using Microsoft.Data.Sqlite;

namespace Corroborate.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode (readers never block the writer), opened per operation
/// from the connection pool. Writes happen in one transaction per ingest, so a crash leaves either the whole
/// ingest or none of it. synchronous=FULL: a commit is on disk before the ingest is acknowledged.
/// </summary>
internal sealed partial class SqliteStore : IStore
{
    public const string FileName = "corroborate.db";
    private readonly string _connectionString;

    private SqliteStore(string connectionString) => _connectionString = connectionString;

    /// <summary>Full path of the database file.</summary>
    public string Location { get; private init; } = "";

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
        var store = new SqliteStore(cs) { Location = path };
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

    public IStoreWrite BeginWrite() => new SqliteWrite(Connect());

    public IEnumerable<ReplayRow> Replay()
    {
        using var c = Connect();
        foreach (var row in ReplayAfter(c, null, 0)) yield return row;
    }

    public static IEnumerable<ReplayRow> ReplayAfter(SqliteConnection c, SqliteTransaction? tx, long seq)
    {
        using var cmd = Command(c, "SELECT seq, id, story, features, shingles FROM documents WHERE seq > $seq ORDER BY seq", tx, ("$seq", seq));
        using var r = cmd.ExecuteReader();
        while (r.Read()) yield return new ReplayRow(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), (byte[])r[4]);
    }
}
