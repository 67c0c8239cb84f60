using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Corroborate.Analysis.Ingest;
using Corroborate.Analysis.Ingest.Web.Fetch;
using Corroborate.Cli.Rendering;
using Corroborate.Server;
using Corroborate.Storage;

namespace Corroborate.Cli.Commands;

/// <summary>
/// <c>serve</c>, <c>ingest</c>, <c>stories</c> and <c>search</c>: the store, with or without the server.
/// All four open the same data folder (<c>--data</c>, default ./corroborate-data), or the same PostgreSQL database
/// (<c>--postgres</c> or CORROBORATE_POSTGRES), which several of them may share at once.
/// </summary>
internal static class StoreCommands
{
    private const int Batch = 256;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    internal static Option<string> DataOption() => new("--data")
    {
        Description = "The store's data folder (created on first use).",
        DefaultValueFactory = _ => "corroborate-data",
    };

    internal static Option<string?> PostgresOption() => new("--postgres")
    {
        Description = "Use this PostgreSQL database (a connection string, e.g. \"Host=db;Database=news;Username=news\") instead of the data folder. Also CORROBORATE_POSTGRES.",
    };

    internal static NewsroomOptions StoreOptions(ParseResult parse, Option<string> data, Option<string?> postgres)
    {
        var cs = parse.GetValue(postgres) ?? Environment.GetEnvironmentVariable("CORROBORATE_POSTGRES");
        return new NewsroomOptions { DataFolder = parse.GetValue(data)!, Postgres = string.IsNullOrWhiteSpace(cs) ? null : cs };
    }

    /// <summary>Opens the store, or says in one line why it cannot (null).</summary>
    internal static Newsroom? Open(NewsroomOptions options, TextWriter stderr)
    {
        try
        {
            return Newsroom.Open(options);
        }
        catch (StoreUnavailableException ex)
        {
            stderr.WriteLine($"corroborate: {Diagnostics.Codes.StoreUnavailable} {ex.Message}");
            return null;
        }
    }

    private static Option<string> FormatOption()
    {
        var o = new Option<string>("--format", "-f") { Description = "text (to read) or json.", DefaultValueFactory = _ => "text" };
        o.AcceptOnlyFromAmong("text", "json");
        return o;
    }

    public static Command Serve()
    {
        var data = DataOption();
        var postgres = PostgresOption();
        var urls = new Option<string>("--urls") { Description = "Where to listen.", DefaultValueFactory = _ => ServerSettings.DefaultUrl };
        var key = new Option<string?>("--api-key") { Description = "Key required on writes (header X-Api-Key); required to listen beyond loopback. Also CORROBORATE_API_KEY." };
        var allowPrivate = new Option<bool>("--allow-private-urls") { Description = "Let posted URLs reach loopback and private addresses." };
        var broker = WorkerCommand.BrokerOption("Queue posted documents on this broker for `corroborate worker` (202 Accepted) instead of storing them here.");
        var queue = WorkerCommand.QueueOption();
        var command = new Command("serve", "Run the HTTP API and web UI over the store (default http://127.0.0.1:5080).") { data, postgres, urls, key, allowPrivate, broker, queue };
        command.SetAction(parse =>
        {
            var args = new List<string> { "--urls", parse.GetValue(urls)!, "--Corroborate:Data=" + parse.GetValue(data) };
            if (parse.GetValue(key) is { Length: > 0 } k) args.Add("--Corroborate:ApiKey=" + k);
            if (parse.GetValue(allowPrivate)) args.Add("--Corroborate:AllowPrivateUrls=true");
            if (parse.GetValue(postgres) is { Length: > 0 } cs) args.Add("--Corroborate:Postgres=" + cs);
            if (parse.GetValue(broker) is { Length: > 0 } b) args.Add("--Corroborate:Broker=" + b);
            args.Add("--Corroborate:BrokerQueue=" + parse.GetValue(queue));
            // The server says where it serves from once its store is open (and which store: a path or a database).
            return ServerApp.Run([.. args]);
        });
        return command;
    }

    public static Command Ingest(TextWriter stdout, TextWriter stderr)
    {
        var data = DataOption();
        var postgres = PostgresOption();
        var paths = new Argument<string[]>("PATH") { Description = "Files, folders, feeds, JSON Lines, WARC archives or URLs; '-' reads standard input.", Arity = ArgumentArity.OneOrMore };
        var allowPrivate = new Option<bool>("--allow-private-urls") { Description = "Let URL inputs reach loopback and private addresses." };
        var command = new Command("ingest", "Add articles to the store; each joins a story or starts one.") { paths, data, postgres, allowPrivate };
        command.SetAction(parse =>
        {
            if (Open(StoreOptions(parse, data, postgres), stderr) is not { } room) return ExitCodes.Unavailable;
            using var fetcher = new WebFetcher(new FetchOptions { AllowPrivateAddresses = parse.GetValue(allowPrivate) });
            var inputs = InputCollector.Read(parse.GetValue(paths)!, InputCollector.DefaultReaders, Console.OpenStandardInput,
                url => fetcher.FetchDocumentsAsync(url, null, CancellationToken.None).GetAwaiter().GetResult());
            int added = 0, duplicates = 0, rejected = 0;
            using var progress = new ConsoleProgress(stderr, 0);
            // One transaction per batch: a crash keeps every batch already reported.
            foreach (var chunk in inputs.Chunk(Batch))
            {
                var report = room.Ingest(chunk);
                added += report.Added;
                duplicates += report.Duplicates;
                rejected += report.Rejected;
                foreach (var item in report.Items.Where(i => i.Status == IngestStatus.Rejected))
                {
                    var d = item.Diagnostics.FirstOrDefault();
                    stderr.WriteLine($"corroborate: {item.Source}: {d?.Code} {d?.Message}");
                }

                progress.Report(added + duplicates + rejected);
            }

            while (room.RefreshPending() > 0)
            {
            }

            progress.Done();
            var (docs, stories) = room.Counts();
            stdout.WriteLine($"{added} added, {duplicates} already stored, {rejected} rejected; the store holds {docs} document{(docs == 1 ? "" : "s")} in {stories} stor{(stories == 1 ? "y" : "ies")} ({room.DatabasePath}).");
            return rejected > 0 ? ExitCodes.SomeRejected : ExitCodes.Ok;
        });
        return command;
    }

    public static Command Stories(TextWriter stdout, TextWriter stderr)
    {
        var data = DataOption();
        var postgres = PostgresOption();
        var format = FormatOption();
        var page = new Option<int>("--page") { Description = "Page of 20, most recently updated first.", DefaultValueFactory = _ => 1 };
        var entity = new Option<string?>("--entity") { Description = "Only stories naming this person, organisation or place." };
        var disagreements = new Option<bool>("--disagreements") { Description = "Only stories where sources disagree." };
        var command = new Command("stories", "List the stories in the store.") { data, postgres, format, page, entity, disagreements };
        command.SetAction(parse =>
        {
            if (Open(StoreOptions(parse, data, postgres), stderr) is not { } room) return ExitCodes.Unavailable;
            var result = room.Stories(new StoryQuery
            {
                Page = Math.Max(1, parse.GetValue(page)),
                Entity = parse.GetValue(entity),
                HasDisagreements = parse.GetValue(disagreements) ? true : null,
            });
            if (parse.GetValue(format) == "json")
            {
                stdout.WriteLine(JsonSerializer.Serialize(result, Json));
                return ExitCodes.Ok;
            }

            foreach (var s in result.Items)
            {
                var badge = s.Disagreements > 0 ? $"  [{s.Disagreements} disagreement{(s.Disagreements == 1 ? "" : "s")}]" : "";
                stdout.WriteLine($"{s.Id,-6} {s.FirstDate ?? "undated",-10}  {s.IndependentSources}/{s.Documents} sources  {s.Title}{badge}");
            }

            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"page {result.Page} of {Math.Max(1, (result.Total + result.PageSize - 1) / result.PageSize)}, {result.Total} stories"));
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Search(TextWriter stdout, TextWriter stderr)
    {
        var data = DataOption();
        var postgres = PostgresOption();
        var format = FormatOption();
        var query = new Argument<string[]>("QUERY") { Description = "Words to find (all must match).", Arity = ArgumentArity.OneOrMore };
        var limit = new Option<int>("--limit") { Description = "Most hits to show.", DefaultValueFactory = _ => 20 };
        var command = new Command("search", "Search the stored articles' titles and text.") { query, data, postgres, format, limit };
        command.SetAction(parse =>
        {
            if (Open(StoreOptions(parse, data, postgres), stderr) is not { } room) return ExitCodes.Unavailable;
            var hits = room.Search(string.Join(' ', parse.GetValue(query)!), parse.GetValue(limit));
            if (parse.GetValue(format) == "json")
            {
                stdout.WriteLine(JsonSerializer.Serialize(hits, Json));
                return ExitCodes.Ok;
            }

            foreach (var h in hits)
            {
                stdout.WriteLine($"{h.Document} ({h.Story}) {h.Title}");
                stdout.WriteLine("    " + h.Snippet.Replace('\u0002', '[').Replace('\u0003', ']').ReplaceLineEndings(" "));
            }

            stdout.WriteLine($"{hits.Count} hit{(hits.Count == 1 ? "" : "s")}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
