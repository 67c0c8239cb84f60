using Corroborate.Analysis.Ingest;
using Corroborate.Model;
using Npgsql;

namespace Corroborate.Storage.Tests;

/// <summary>
/// A fresh, empty store per test: SQLite in a new temporary folder, or a new PostgreSQL database on the server
/// named by CORROBORATE_TEST_POSTGRES (created here, dropped on dispose); the repository's invented sample articles as input.
/// </summary>
internal sealed class StoreFixture : IDisposable
{
    public const string PostgresVariable = "CORROBORATE_TEST_POSTGRES";
    private readonly string? _adminConnection;
    private readonly string? _database;

    private StoreFixture(NewsroomOptions options, string? adminConnection = null, string? database = null)
    {
        Options = options;
        _adminConnection = adminConnection;
        _database = database;
    }

    public NewsroomOptions Options { get; }

    public static StoreFixture Sqlite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "corroborate-store-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new StoreFixture(new NewsroomOptions { DataFolder = folder, Analysis = new() { MaxParallelism = 2 } });
    }

    /// <summary>A new database on the test server; the test is skipped (with the reason shown) when none is configured.</summary>
    public static StoreFixture Postgres()
    {
        var admin = Environment.GetEnvironmentVariable(PostgresVariable);
        Assert.SkipWhen(string.IsNullOrWhiteSpace(admin), $"{PostgresVariable} is not set (a connection string that may create databases): PostgreSQL tests skipped.");
        var database = "corroborate_test_" + Guid.NewGuid().ToString("N");
        Admin(admin!, $"CREATE DATABASE {database}");
        var cs = new NpgsqlConnectionStringBuilder(admin) { Database = database }.ConnectionString;
        return new StoreFixture(new NewsroomOptions { Postgres = cs, Analysis = new() { MaxParallelism = 2 } }, admin, database);
    }

    public Newsroom Open() => Newsroom.Open(Options);

    /// <summary>The store itself, to look at what a newsroom wrote (its arrival order, say).</summary>
    internal IStore Store() => Newsroom.OpenStore(Options);

    private static void Admin(string connectionString, string sql)
    {
        using var c = new NpgsqlConnection(connectionString);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        cmd.ExecuteNonQuery();
    }

    /// <summary>The four sample reports of one invented event (samples/ at the repository root).</summary>
    public static List<Document> Samples()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "samples"))) dir = dir.Parent;
        if (dir is null) throw new DirectoryNotFoundException("samples/ not found");
        return InputCollector.Read([Path.Combine(dir.FullName, "samples")], InputCollector.DefaultReaders, () => Stream.Null).ToList();
    }

    public static Document Text(string source, string text) => Document.FromText("", source, text);

    /// <summary>An unrelated invented report: a library reopening, nothing to do with the samples' event.</summary>
    public const string Unrelated =
        "The Eastfield public library reopened on Saturday after a two-year renovation, librarian Paolo Grieg said.\n\n" +
        "The new reading room seats 120 people and the children's wing has been doubled in size, Grieg told visitors.\n\n" +
        "Eastfield council spent 3 million euros on the work, according to the council's annual report.";

    public void Dispose()
    {
        if (_database is not null)
        {
            // FORCE: the newsrooms' pooled connections are still open.
            Admin(_adminConnection!, $"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
            return;
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Options.DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open on this platform; the temp folder is cleaned by the OS.
        }
    }
}
