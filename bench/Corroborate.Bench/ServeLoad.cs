using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Corroborate.Bench;

/// <summary>
/// Load against a running server (`corroborate serve`), from this separate process over loopback:
/// 1. ingest N articles through POST /api/documents (JSON Lines batches, C concurrent clients) and report
///    articles/s and request latency; 2. once the briefs have settled, GET random stories with G concurrent
///    clients and report latency percentiles. Articles are the BBC corpus, then light rewrites of it (one
///    paragraph dropped, one sentence added), so 10,000 articles hold wire-copy-like duplicates as real feeds do.
/// </summary>
internal static class ServeLoad
{
    public static int Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("serve-load BASEURL BBC.jsonl [ARTICLES=10000] [BATCH=25] [CLIENTS=2] [GETS=5000] [GET_CLIENTS=8] [FIRST=0]");
            return 2;
        }

        var baseUrl = args[0].TrimEnd('/');
        int Arg(int i, int d) => args.Length > i ? int.Parse(args[i], CultureInfo.InvariantCulture) : d;
        int articles = Arg(2, 10_000), batch = Arg(3, 25), clients = Arg(4, 2), gets = Arg(5, 5000), getClients = Arg(6, 8), first = Arg(7, 0);
        var corpus = File.ReadLines(args[1]).Where(l => l.Trim().Length > 0).Select(l =>
        {
            using var j = JsonDocument.Parse(l);
            return (Title: j.RootElement.GetProperty("title").GetString()!, Text: j.RootElement.GetProperty("text").GetString()!);
        }).ToList();

        using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(5) };
        // FIRST skips articles a previous run (e.g. a warm-up of the server) already posted.
        var lines = Enumerable.Range(first, articles).Select(i => JsonSerializer.Serialize(Article(corpus, i))).ToList();
        var batches = lines.Chunk(batch).ToList();

        Console.WriteLine($"ingest: {articles} articles in {batches.Count} requests of {batch}, {clients} clients, against {baseUrl}");
        var latencies = new List<double>();
        int next = -1, added = 0, queued = 0;
        var clock = Stopwatch.StartNew();
        Task.WaitAll([.. Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            int b;
            while ((b = Interlocked.Increment(ref next)) < batches.Count)
            {
                var t = Stopwatch.StartNew();
                using var content = new StringContent(string.Join('\n', batches[b]), Encoding.UTF8, "application/x-ndjson");
                using var res = await http.PostAsync("/api/documents", content).ConfigureAwait(false);
                using var body = JsonDocument.Parse(await res.Content.ReadAsStringAsync().ConfigureAwait(false));
                Interlocked.Add(ref added, body.RootElement.TryGetProperty("added", out var a) ? a.GetInt32() : 0);
                Interlocked.Add(ref queued, body.RootElement.TryGetProperty("queued", out var q) ? q.GetInt32() : 0);
                lock (latencies) latencies.Add(t.Elapsed.TotalMilliseconds);
            }
        }))]);
        double seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ingest: {added} added{(queued > 0 ? $", {queued} queued" : "")} in {seconds:F1} s = {articles / seconds:F0} articles/s; per request p50 {Pct(latencies, 50):F0} ms, p99 {Pct(latencies, 99):F0} ms"));
        if (queued > 0) WaitForWorkers(http, clock, articles);

        // Let the background refresher catch up, then read.
        var settle = Stopwatch.StartNew();
        var ids = new List<string>();
        while (true)
        {
            ids.Clear();
            bool pending = false;
            for (int page = 1; ; page++)
            {
                using var list = JsonDocument.Parse(http.GetStringAsync($"/api/stories?pageSize=200&page={page}").Result);
                var items = list.RootElement.GetProperty("items");
                foreach (var s in items.EnumerateArray())
                {
                    ids.Add(s.GetProperty("id").GetString()!);
                    pending |= s.GetProperty("pending").GetBoolean();
                }

                if (items.GetArrayLength() < 200) break;
            }

            if (!pending) break;
            Thread.Sleep(1000);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"settle: {ids.Count} stories composed {settle.Elapsed.TotalSeconds:F1} s after the last ingest"));
        var reads = new List<double>();
        var rng = new Random(20221);
        var order = Enumerable.Range(0, gets).Select(_ => ids[rng.Next(ids.Count)]).ToArray();
        int cursor = -1;
        clock.Restart();
        Task.WaitAll([.. Enumerable.Range(0, getClients).Select(_ => Task.Run(async () =>
        {
            int k;
            while ((k = Interlocked.Increment(ref cursor)) < order.Length)
            {
                var t = Stopwatch.StartNew();
                using var res = await http.GetAsync("/api/stories/" + order[k]).ConfigureAwait(false);
                await res.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                res.EnsureSuccessStatusCode();
                lock (reads) reads.Add(t.Elapsed.TotalMilliseconds);
            }
        }))]);
        seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"GET story: {gets} requests, {getClients} clients, {gets / seconds:F0} req/s; p50 {Pct(reads, 50):F1} ms, p95 {Pct(reads, 95):F1} ms, p99 {Pct(reads, 99):F1} ms, max {reads.Max():F1} ms"));
        return 0;
    }

    /// <summary>
    /// With `serve --broker` the POSTs only queue: waits until the store stops growing (5 s without a new document)
    /// and reports the rate from the first POST to the last document the worker(s) stored.
    /// </summary>
    private static void WaitForWorkers(HttpClient http, Stopwatch clock, int articles)
    {
        long last = -1;
        double lastChange = 0;
        while (last < 0 || clock.Elapsed.TotalSeconds - lastChange < 5)
        {
            using var status = JsonDocument.Parse(http.GetStringAsync("/api/status").Result);
            long docs = status.RootElement.GetProperty("documents").GetInt64();
            if (docs != last)
            {
                last = docs;
                lastChange = clock.Elapsed.TotalSeconds;
            }

            Thread.Sleep(250);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"stored: {last} documents, the last {lastChange:F1} s after the first POST = {articles / lastChange:F0} articles/s end to end"));
    }

    private static object Article(List<(string Title, string Text)> corpus, int i)
    {
        var (title, text) = corpus[i % corpus.Count];
        int round = i / corpus.Count;
        if (round == 0) return new { title, text };
        var paragraphs = text.Split("\n\n").ToList();
        if (paragraphs.Count > 2) paragraphs.RemoveAt(1 + round % (paragraphs.Count - 1));
        paragraphs.Add($"This report was updated (revision {round}).");
        return new { title, text = string.Join("\n\n", paragraphs) };
    }

    private static double Pct(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100 * sorted.Count) - 1)];
    }
}
