using System.Diagnostics;
using System.Globalization;
using Corroborate.Model;
using Corroborate.Storage;
using Npgsql;

namespace Corroborate.Bench;

/// <summary>
/// Ingest throughput of the two stores on the same articles: SQLite; PostgreSQL with one newsroom; PostgreSQL with
/// two newsrooms ingesting at once (two processes' worth: they take turns at the writer lock and catch up with each
/// other). CONNSTRING must be allowed to create databases; each run gets a fresh one, dropped afterwards.
/// Usage: store-compare BBC.jsonl CONNSTRING [N] [BATCH].
/// </summary>
internal static class StoreCompare
{
    public static int Run(string[] args)
    {
        var admin = args[1];
        int n = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 500;
        int batch = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 25;
        var docs = StoreIngest.Load(args[0], n);

        // Warm-up (JIT, the analysers' tables) on a throwaway store, so the first store measured is not charged for it.
        var folder = Path.Combine(Path.GetTempPath(), "corroborate-bench-" + Guid.NewGuid().ToString("N"));
        Newsroom.Open(new NewsroomOptions { DataFolder = folder }).Ingest(docs.Take(batch));
        Directory.Delete(folder, recursive: true);
        Measure("SQLite, one newsroom", new NewsroomOptions { DataFolder = folder }, docs, batch, rooms: 1);
        Directory.Delete(folder, recursive: true);
        foreach (int rooms in new[] { 1, 2 })
        {
            var database = "corroborate_bench_" + Guid.NewGuid().ToString("N");
            Admin(admin, $"CREATE DATABASE {database}");
            var cs = new NpgsqlConnectionStringBuilder(admin) { Database = database }.ConnectionString;
            Measure($"PostgreSQL, {rooms} newsroom{(rooms == 1 ? "" : "s")}", new NewsroomOptions { Postgres = cs }, docs, batch, rooms);
            Admin(admin, $"DROP DATABASE {database} WITH (FORCE)");
        }

        return 0;
    }

    /// <summary>Batches dealt round-robin to the newsrooms, each ingesting its share on its own thread.</summary>
    private static void Measure(string name, NewsroomOptions options, List<Document> docs, int batch, int rooms)
    {
        var newsrooms = Enumerable.Range(0, rooms).Select(_ => Newsroom.Open(options)).ToArray();
        var chunks = docs.Chunk(batch).ToList();
        var clock = Stopwatch.StartNew();
        Parallel.For(0, rooms, new ParallelOptions { MaxDegreeOfParallelism = rooms }, r =>
        {
            for (int i = r; i < chunks.Count; i += rooms) newsrooms[r].Ingest(chunks[i]);
        });
        StoreIngest.Report($"{name}, batches of {batch}", clock.Elapsed.TotalSeconds, docs.Count);
        var (documents, stories) = newsrooms[0].Counts();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  stored: {documents} documents in {stories} stories"));
    }

    private static void Admin(string connectionString, string sql)
    {
        using var c = new NpgsqlConnection(connectionString);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        cmd.ExecuteNonQuery();
    }
}
