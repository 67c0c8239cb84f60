using Corroborate.Storage;
using RabbitMQ.Client;

namespace Corroborate.Queue.Tests;

/// <summary>
/// A real broker for the tests that need one (CORROBORATE_TEST_AMQP; test.sh starts a local RabbitMQ), and a
/// queue of each test's own, deleted with its dead-letter queue at the end.
/// </summary>
internal sealed class TestBroker : IAsyncDisposable
{
    private TestBroker(BrokerOptions options, string folder)
    {
        Options = options;
        Folder = folder;
    }

    public BrokerOptions Options { get; }

    /// <summary>A fresh data folder for the test's store.</summary>
    public string Folder { get; }

    public static TestBroker Create()
    {
        var url = Environment.GetEnvironmentVariable("CORROBORATE_TEST_AMQP");
        if (string.IsNullOrWhiteSpace(url)) Assert.Skip("CORROBORATE_TEST_AMQP is not set (test.sh sets it when it can start RabbitMQ): no broker to test against.");
        var id = Guid.NewGuid().ToString("N");
        return new TestBroker(new BrokerOptions { Url = url, Queue = "corroborate.test." + id, Prefetch = 16 },
            Path.Combine(Path.GetTempPath(), "corroborate-queue-" + id));
    }

    /// <summary>Invented short reports, distinct by construction (each names its own number and official).</summary>
    public static string Report(int i) =>
        $"Officials in Velden said on Monday that a bridge closure had affected {100 + i} households, the mayor Jo Reyes-{i} said.\n\n" +
        $"\"We expect the bridge to reopen within {2 + i % 5} days,\" Reyes-{i} told reporters.";

    public Newsroom OpenStore() => Newsroom.Open(new NewsroomOptions { DataFolder = Folder });

    /// <summary>Runs a worker until <paramref name="done"/> holds (or 60 s pass), then stops it as Ctrl+C would.</summary>
    public static async Task RunUntil(IngestWorker worker, Func<bool> done)
    {
        using var stop = new CancellationTokenSource();
        var run = worker.RunAsync(stop.Token);
        await Until(done);
        await stop.CancelAsync();
        await run;
    }

    public static async Task Until(Func<bool> done)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (!done() && DateTime.UtcNow < until) await Task.Delay(50, TestContext.Current.CancellationToken);
        Assert.True(done(), "timed out after 60 s");
    }

    public async Task<uint> MessageCount(string queue)
    {
        await using var connection = await Connect();
        await using var channel = await connection.CreateChannelAsync();
        return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
    }

    /// <summary>Publishes raw bytes to the test's queue, as a foreign or broken producer would.</summary>
    public async Task PublishRaw(byte[] body)
    {
        await using var connection = await Connect();
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(true, true));
        await channel.BasicPublishAsync("", Options.Queue, true, new BasicProperties { Persistent = true, MessageId = "raw" }, body);
    }

    /// <summary>Declares a queue without the dead-letter arguments, as another application might have.</summary>
    public async Task DeclarePlain(string queue)
    {
        await using var connection = await Connect();
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
    }

    private Task<IConnection> Connect() => new ConnectionFactory { Uri = new Uri(Options.Url) }.CreateConnectionAsync();

    public async ValueTask DisposeAsync()
    {
        await using (var connection = await Connect())
        {
            await using var channel = await connection.CreateChannelAsync();
            await channel.QueueDeleteAsync(Options.Queue);
            await channel.QueueDeleteAsync(Options.DeadLetterQueue);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
    }
}
