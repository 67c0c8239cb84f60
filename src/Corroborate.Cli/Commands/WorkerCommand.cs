using System.CommandLine;
using System.Runtime.InteropServices;
using Corroborate.Queue;
using Corroborate.Storage;

namespace Corroborate.Cli.Commands;

/// <summary>
/// <c>worker</c>: stores what <c>serve --broker</c> queued. Run one or more beside the server; with SQLite they
/// share the server's data folder (one machine), with PostgreSQL its database (any machine).
/// </summary>
internal static class WorkerCommand
{
    internal static Option<string?> BrokerOption(string description) => new("--broker")
    {
        Description = description + " amqp://user:pass@host:5672/vhost; also CORROBORATE_BROKER.",
    };

    internal static Option<string> QueueOption() => new("--queue")
    {
        Description = "The ingest queue's name (server and workers must agree).",
        DefaultValueFactory = _ => BrokerOptions.DefaultQueue,
    };

    public static Command Create(TextWriter stderr)
    {
        var broker = BrokerOption("The broker to consume from:");
        var queue = QueueOption();
        var data = StoreCommands.DataOption();
        var postgres = StoreCommands.PostgresOption();
        var prefetch = new Option<int>("--prefetch") { Description = "Messages in hand at once, and the largest batch stored in one transaction.", DefaultValueFactory = _ => 64 };
        var command = new Command("worker", "Store the documents queued by `serve --broker` (Ctrl+C stops after the batch in hand).") { broker, queue, data, postgres, prefetch };
        command.SetAction(parse =>
        {
            var url = parse.GetValue(broker) is { Length: > 0 } b ? b : Environment.GetEnvironmentVariable("CORROBORATE_BROKER");
            if (string.IsNullOrWhiteSpace(url))
            {
                stderr.WriteLine("corroborate worker: --broker (or CORROBORATE_BROKER) is required.");
                return ExitCodes.Usage;
            }

            var brokerOptions = new BrokerOptions { Url = url, Queue = parse.GetValue(queue)!, Prefetch = (ushort)Math.Clamp(parse.GetValue(prefetch), 1, ushort.MaxValue) };
            if (StoreCommands.Open(StoreCommands.StoreOptions(parse, data, postgres), stderr) is not { } room) return ExitCodes.Unavailable;
            using var stop = new CancellationTokenSource();
            // Ctrl+C and SIGTERM finish the batch in hand and acknowledge it, rather than end the process mid-write.
            using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => Stop(c, stop));
            using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => Stop(c, stop));
            var worker = new IngestWorker(brokerOptions, (docs, ct) => room.Ingest(docs, ct), stderr);
            stderr.WriteLine($"corroborate worker: storing into {room.DatabasePath}");
            try
            {
                worker.RunAsync(stop.Token).GetAwaiter().GetResult();
            }
            catch (BrokerUnavailableException ex)
            {
                stderr.WriteLine($"corroborate worker: {ex.Code} {ex.Message}");
                return ExitCodes.Unavailable;
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Stop(PosixSignalContext context, CancellationTokenSource stop)
    {
        context.Cancel = true;
        stop.Cancel();
    }
}
