using System.Reflection;
using Npgsql;

namespace Corroborate.Storage.Postgres;

/// <summary>
/// The store on a PostgreSQL database, which several Corroborate processes can share. Connections come from one
/// pooled data source; each ingest is one transaction that first takes a database-wide advisory lock, so writers
/// of every process take turns (as SQLite's single writer does within one machine). Commits are durable when they
/// return (synchronous_commit as the server is configured, on by default).
/// </summary>
internal sealed partial class PostgresStore : IStore
{
    /// <summary>
    /// The advisory lock every writer takes: one arbitrary 64-bit constant ("CORROBOR" in ASCII) for the whole
    /// database, since all writers append to one arrival order. Another application using this same key on the same
    /// database would only make our writers wait.
    /// </summary>
    public const long WriterLock = 0x434F52524F424F52;

    private readonly NpgsqlDataSource _source;

    private PostgresStore(NpgsqlDataSource source, string location)
    {
        _source = source;
        Location = location;
    }

    public string Location { get; }

    /// <summary>Connects, then creates the schema if it is missing.</summary>
    /// <exception cref="StoreUnavailableException">The connection string is malformed, or the server is unreachable or refuses it.</exception>
    public static PostgresStore Open(string connectionString)
    {
        NpgsqlConnectionStringBuilder parsed;
        try
        {
            parsed = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new StoreUnavailableException($"the PostgreSQL connection string is malformed ({OneLine(ex.Message)}).", ex);
        }

        var location = Describe(parsed);
        PostgresStore? store = null;
        try
        {
            store = new PostgresStore(NpgsqlDataSource.Create(parsed), location);
            store.CreateSchema();
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException or ArgumentException)
        {
            store?._source.Dispose();
            var why = ex.InnerException is { } inner && ex is not PostgresException ? $"{ex.Message}: {inner.Message}" : ex.Message;
            throw new StoreUnavailableException($"cannot open the PostgreSQL store {location}: {OneLine(why)}", ex);
        }

        return store;
    }

    /// <summary>user@host:port/database: enough to tell which store, never the password.</summary>
    private static string Describe(NpgsqlConnectionStringBuilder b) =>
        $"postgresql://{(b.Username is { Length: > 0 } u ? u + "@" : "")}{b.Host ?? "localhost"}:{b.Port}/{b.Database ?? b.Username ?? ""}";

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();

    private void CreateSchema()
    {
        using var schema = Assembly.GetExecutingAssembly().GetManifestResourceStream("Corroborate.Storage.postgres-schema.sql")!;
        using var reader = new StreamReader(schema);
        var sql = reader.ReadToEnd();
        using var c = _source.OpenConnection();
        using var tx = c.BeginTransaction();
        using (var lockCmd = Command(c, "SELECT pg_advisory_xact_lock(@key)", tx, ("key", WriterLock))) lockCmd.ExecuteNonQuery();
        using (var cmd = Command(c, sql, tx)) cmd.ExecuteNonQuery();
        tx.Commit();
    }

    public NpgsqlConnection Connect() => _source.OpenConnection();

    public static NpgsqlCommand Command(NpgsqlConnection c, string sql, NpgsqlTransaction? tx, params (string Name, object? Value)[] parameters)
    {
        var cmd = new NpgsqlCommand(sql, c, tx);
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return cmd;
    }

    public IStoreWrite BeginWrite() => new PostgresWrite(Connect());

    public IEnumerable<ReplayRow> Replay()
    {
        using var c = Connect();
        foreach (var row in ReplayAfter(c, null, 0)) yield return row;
    }

    public static IEnumerable<ReplayRow> ReplayAfter(NpgsqlConnection c, NpgsqlTransaction? tx, long seq)
    {
        using var cmd = Command(c, "SELECT seq, id, story, features, shingles FROM documents WHERE seq > @seq ORDER BY seq", tx, ("seq", seq));
        using var r = cmd.ExecuteReader();
        while (r.Read()) yield return new ReplayRow(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), (byte[])r[4]);
    }
}
