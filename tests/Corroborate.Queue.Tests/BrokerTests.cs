using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Corroborate.Model;
using Corroborate.Storage;

namespace Corroborate.Queue.Tests;

/// <summary>The queue against a real RabbitMQ (skipped, with the reason, when CORROBORATE_TEST_AMQP is not set).</summary>
public sealed class BrokerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Document Input(int i) => Document.FromText("d", $"report-{i}.txt", TestBroker.Report(i));

    [Fact]
    public async Task PostedArticles_AreStoredByTheWorker_AndTheirStoryIsReadable_WhenTheServerHasABroker()
    {
        await using var broker = TestBroker.Create();
        using var server = new QueuedServer(broker);
        var client = server.CreateClient();
        var samples = QueuedServer.SampleFiles();
        foreach (var file in samples)
        {
            var res = await client.PostAsync("/api/documents?name=" + Path.GetFileName(file),
                new StringContent(await File.ReadAllTextAsync(file, Ct), Encoding.UTF8, "text/plain"), Ct);
            Assert.Equal(HttpStatusCode.Accepted, res.StatusCode);
            var item = JsonDocument.Parse(await res.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("items")[0];
            Assert.Equal("queued", item.GetProperty("status").GetString());
            Assert.False(string.IsNullOrEmpty(item.GetProperty("message").GetString()));
        }

        // Nothing is stored until a worker takes it off the queue.
        Assert.Equal(0, JsonDocument.Parse(await client.GetStringAsync("/api/stories", Ct)).RootElement.GetProperty("total").GetInt32());
        var worker = new IngestWorker(broker.Options, broker.OpenStore().Ingest, TextWriter.Null);
        await TestBroker.RunUntil(worker, () => worker.Tally.Ingested == samples.Length);

        var list = JsonDocument.Parse(await client.GetStringAsync("/api/stories", Ct)).RootElement;
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        var story = JsonDocument.Parse(await client.GetStringAsync("/api/stories/" + list.GetProperty("items")[0].GetProperty("id").GetString(), Ct)).RootElement;
        Assert.Equal(samples.Length, story.GetProperty("documents").GetArrayLength());
        Assert.Equal(samples.Length, story.GetProperty("story").GetProperty("assignments").GetArrayLength());
    }

    [Fact]
    public async Task PostedBatch_ReportsRejectedItemsAndQueuesTheRest_WhenTheServerHasABroker()
    {
        await using var broker = TestBroker.Create();
        using var server = new QueuedServer(broker);
        var lines = $"{{\"title\":\"a\",\"text\":{JsonSerializer.Serialize(TestBroker.Report(1))}}}\n{{\"title\":\"empty\",\"text\":\"\"}}\n";

        var res = await server.CreateClient().PostAsync("/api/documents", new StringContent(lines, Encoding.UTF8, "application/x-ndjson"), Ct);

        Assert.Equal(HttpStatusCode.Accepted, res.StatusCode);
        var body = JsonDocument.Parse(await res.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal(1, body.GetProperty("queued").GetInt32());
        Assert.Equal(1, body.GetProperty("rejected").GetInt32());
        var rejected = body.GetProperty("items")[1];
        Assert.Equal("rejected", rejected.GetProperty("status").GetString());
        Assert.True(rejected.GetProperty("diagnostics").GetArrayLength() > 0);
        Assert.Equal(1u, await broker.MessageCount(broker.Options.Queue));
    }

    [Fact]
    public async Task EveryDocumentIsStoredOnce_WhenAWorkerStopsAfterStoringButBeforeAcknowledging()
    {
        await using var broker = TestBroker.Create();
        const int Count = 12;
        await using (var publisher = await IngestPublisher.ConnectAsync(broker.Options, Ct))
        {
            await publisher.PublishAsync([.. Enumerable.Range(0, Count).Select(Input)], Ct);
        }

        var room = broker.OpenStore();
        // The first worker stores its batch, then dies before it can acknowledge (as a killed process would).
        int storedByFirst = 0;
        using var died = new CancellationTokenSource();
        var first = new IngestWorker(broker.Options, (docs, ct) =>
        {
            storedByFirst += room.Ingest(docs, ct).Added;
            died.Cancel();
            throw new OperationCanceledException(died.Token);
        }, TextWriter.Null);
        await first.RunAsync(died.Token);
        Assert.True(storedByFirst > 0);
        Assert.Equal(0, first.Tally.Ingested);

        var log = new StringWriter();
        var second = new IngestWorker(broker.Options, room.Ingest, TextWriter.Synchronized(log));
        await TestBroker.RunUntil(second, () => second.Tally.Ingested == Count);

        Assert.Equal(storedByFirst, second.Tally.Duplicates);
        Assert.Equal(Count - storedByFirst, second.Tally.Added);
        Assert.Equal(Count, room.Counts().Documents);
        Assert.Equal(0u, await broker.MessageCount(broker.Options.Queue));
        Assert.Contains($"stopped; {Count} documents ingested ({Count - storedByFirst} added, {storedByFirst} already stored, 0 rejected)", log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PoisonMessages_AreDeadLettered_WhileTheGoodOnesAreStored()
    {
        await using var broker = TestBroker.Create();
        await using (var publisher = await IngestPublisher.ConnectAsync(broker.Options, Ct))
        {
            await broker.PublishRaw("{\"v\":1,\"source\":\"broken"u8.ToArray());
            await publisher.PublishAsync([Input(1), Document.FromText("d", "poison.txt", "POISON makes the store throw."), Input(2), Input(3)], Ct);
        }

        var room = broker.OpenStore();
        var attempts = new ConcurrentDictionary<string, int>();
        var log = new StringWriter();
        var worker = new IngestWorker(broker.Options, (docs, ct) =>
        {
            foreach (var d in docs) attempts.AddOrUpdate(d.Source, 1, (_, n) => n + 1);
            return docs.Any(d => d.Text.StartsWith("POISON", StringComparison.Ordinal)) ? throw new IOException("disk says no") : room.Ingest(docs, ct);
        }, TextWriter.Synchronized(log));
        await TestBroker.RunUntil(worker, () => worker.Tally.Ingested == 3 && worker.Tally.DeadLettered == 2);

        Assert.Equal(3, room.Counts().Documents);
        Assert.Equal(2, attempts["poison.txt"]);
        await TestBroker.Until(() => broker.MessageCount(broker.Options.DeadLetterQueue).GetAwaiter().GetResult() == 2);
        Assert.Equal(0u, await broker.MessageCount(broker.Options.Queue));
        Assert.Contains("CB5102", log.ToString(), StringComparison.Ordinal);
        Assert.Contains("poison.txt: storing it failed twice", log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Worker_StopsWithTheBrokerCode_WhenTheQueueExistsWithOtherSettings()
    {
        await using var broker = TestBroker.Create();
        await broker.DeclarePlain(broker.Options.Queue);

        var ex = await Assert.ThrowsAsync<BrokerUnavailableException>(() => new IngestWorker(broker.Options, (_, _) => new IngestReport([]), TextWriter.Null).RunAsync(Ct));

        Assert.Contains(broker.Options.Queue, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Server_RefusesToStartWithTheBrokerCode_WhenTheBrokerCannotBeReached()
    {
        var folder = Path.Combine(Path.GetTempPath(), "corroborate-queue-" + Guid.NewGuid().ToString("N"));
        try
        {
            var ex = Assert.Throws<BrokerUnavailableException>(() =>
                Corroborate.Server.ServerApp.Build(["--Corroborate:Data=" + folder, "--Corroborate:Broker=amqp://guest:guest@127.0.0.1:1/"]));

            Assert.Equal(Diagnostics.Codes.BrokerUnreachable, ex.Code);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Connecting_FailsWithTheBrokerCode_WhenNothingListens()
    {
        var options = new BrokerOptions { Url = "amqp://guest:secret@127.0.0.1:1/" };

        var ex = await Assert.ThrowsAsync<BrokerUnavailableException>(() => new IngestWorker(options, (_, _) => new IngestReport([]), TextWriter.Null).RunAsync(Ct));

        Assert.Equal(Diagnostics.Codes.BrokerUnreachable, ex.Code);
        Assert.DoesNotContain("secret", ex.Message, StringComparison.Ordinal);
    }
}
