using System.Diagnostics;
using System.Threading.Channels;
using Corroborate.Model;
using Corroborate.Storage;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;

namespace Corroborate.Queue;

/// <summary>Stores a batch of input documents durably (a <see cref="Newsroom"/>'s Ingest) and says what became of each.</summary>
public delegate IngestReport IngestBatch(IReadOnlyList<Document> inputs, CancellationToken ct);

/// <summary>
/// Consumes the ingest queue: what the broker has delivered (up to the prefetch) is stored in one ingest call (one
/// transaction), and acknowledged only after that call returned, so a worker killed at any point loses nothing:
/// its unacknowledged messages go to the next worker, and storing a text again is a no-op (idempotent by content
/// hash). A message that cannot be read, or whose document makes the ingest throw twice (in its batch, then
/// alone), is dead-lettered with a log line; the rest go on.
/// </summary>
public sealed class IngestWorker(BrokerOptions options, IngestBatch ingest, TextWriter log)
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);
    private readonly WorkerTally _tally = new(log);

    /// <summary>Totals so far (documents stored, duplicates, rejected, dead-lettered).</summary>
    public WorkerTally Tally => _tally;

    /// <summary>
    /// Runs until <paramref name="ct"/> is cancelled (the batch in hand is finished and acknowledged first).
    /// <see cref="BrokerUnavailableException"/> when the broker cannot be reached at start or the queue cannot be
    /// declared; a connection lost later is retried with backoff (1 s doubling to 30 s).
    /// </summary>
    public async Task RunAsync(CancellationToken ct)
    {
        bool connected = false;
        var backoff = TimeSpan.FromSeconds(1);
        while (!ct.IsCancellationRequested)
        {
            IConnection connection;
            try
            {
                connection = await Broker.ConnectAsync(options, "corroborate-worker", recover: false, ct).ConfigureAwait(false);
            }
            catch (BrokerUnavailableException ex) when (connected)
            {
                log.WriteLine($"corroborate worker: {ex.Code} {ex.Message}; retrying in {backoff.TotalSeconds:0} s");
                if (!await Delay(backoff, ct).ConfigureAwait(false)) break;
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
                continue;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                break;
            }

            log.WriteLine(connected ? "corroborate worker: reconnected to the broker"
                : $"corroborate worker: consuming {options.Queue} on {Broker.Redact(options.Url)} (Ctrl+C to stop)");
            connected = true;
            backoff = TimeSpan.FromSeconds(1);
            await using (connection.ConfigureAwait(false))
            {
                await ConsumeAsync(connection, ct).ConfigureAwait(false);
            }

            if (ct.IsCancellationRequested) break;
            log.WriteLine("corroborate worker: the broker closed the channel or the connection; reconnecting (unacknowledged messages will be redelivered)");
            // A pause even after a good session, so a channel the broker keeps closing does not become a busy loop.
            if (!await Delay(TimeSpan.FromSeconds(1), ct).ConfigureAwait(false)) break;
        }

        _tally.Summary();
    }

    /// <summary>Consumes until the channel closes (returns) or <paramref name="ct"/> is cancelled (returns after the batch in hand).</summary>
    private async Task ConsumeAsync(IConnection connection, CancellationToken ct)
    {
        var inbox = Channel.CreateUnbounded<Delivery>(new UnboundedChannelOptions { SingleReader = true });
        IChannel channel;
        try
        {
            channel = await connection.CreateChannelAsync(cancellationToken: ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is AlreadyClosedException or OperationInterruptedException)
        {
            return;
        }

        await using (channel.ConfigureAwait(false))
        {
            channel.ChannelShutdownAsync += (_, _) =>
            {
                inbox.Writer.TryComplete();
                return Task.CompletedTask;
            };
            var consumer = new AsyncEventingBasicConsumer(channel);
            // The broker cancels the consumer when the queue is deleted: reconnect, which declares it again.
            consumer.UnregisteredAsync += (_, _) =>
            {
                inbox.Writer.TryComplete();
                return Task.CompletedTask;
            };
            consumer.ReceivedAsync += (_, e) =>
            {
                // The body's buffer is reused once this handler returns: keep a copy.
                inbox.Writer.TryWrite(new Delivery(e.DeliveryTag, e.BasicProperties.MessageId ?? "(no id)", e.Body.ToArray()));
                return Task.CompletedTask;
            };
            try
            {
                await Broker.DeclareAsync(channel, options, ct).ConfigureAwait(false);
                await channel.BasicQosAsync(0, options.Prefetch, global: false, ct).ConfigureAwait(false);
                await channel.BasicConsumeAsync(options.Queue, autoAck: false, consumer, ct).ConfigureAwait(false);
                while (await inbox.Reader.WaitToReadAsync(ct).ConfigureAwait(false))
                {
                    var batch = new List<Delivery>(options.Prefetch);
                    while (batch.Count < options.Prefetch && inbox.Reader.TryRead(out var d)) batch.Add(d);
                    await HandleAsync(channel, batch).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // Stopping: deliveries not yet handled are unacknowledged and return to the queue when the channel closes.
            }
            catch (Exception ex) when (ex is AlreadyClosedException or OperationInterruptedException)
            {
                // The connection dropped mid-batch: what was stored but not acknowledged comes back as duplicates.
            }
        }
    }

    /// <summary>Stores a batch and settles every message of it. Deliberately not cancellable: a started batch is finished.</summary>
    private async Task HandleAsync(IChannel channel, List<Delivery> batch)
    {
        var readable = new List<(Delivery Delivery, Document Document)>(batch.Count);
        foreach (var d in batch)
        {
            var decoded = IngestMessage.Decode(d.Body);
            if (decoded.Document is { } doc) readable.Add((d, doc));
            else await DeadLetterAsync(channel, d, $"{decoded.Problem!.Code} {decoded.Problem.Message}").ConfigureAwait(false);
        }

        if (readable.Count == 0) return;
        var started = Stopwatch.GetTimestamp();
        IngestReport report;
        try
        {
            report = await Task.Run(() => ingest([.. readable.Select(r => r.Document)], CancellationToken.None)).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One document may be the cause: store each alone so the others are not held back by it.
            foreach (var r in readable) await AloneAsync(channel, r.Delivery, r.Document).ConfigureAwait(false);
            return;
        }

        foreach (var (r, item) in readable.Zip(report.Items)) _tally.Count(item, r.Delivery.MessageId);
        // Every message of the batch is stored: one acknowledgement covers them all (delivery tags rise on a channel).
        await channel.BasicAckAsync(readable.Max(r => r.Delivery.Tag), multiple: true).ConfigureAwait(false);
        _tally.Progress(Stopwatch.GetElapsedTime(started));
    }

    private async Task AloneAsync(IChannel channel, Delivery delivery, Document document)
    {
        IngestReport report;
        try
        {
            report = await Task.Run(() => ingest([document], CancellationToken.None)).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await DeadLetterAsync(channel, delivery, $"{document.Source}: storing it failed twice ({ex.GetType().Name}: {ex.Message})").ConfigureAwait(false);
            return;
        }

        _tally.Count(report.Items[0], delivery.MessageId);
        await channel.BasicAckAsync(delivery.Tag, multiple: false).ConfigureAwait(false);
    }

    private async Task DeadLetterAsync(IChannel channel, Delivery delivery, string why)
    {
        // Rejected without requeue, the broker moves it to the queue's dead-letter queue (x-dead-letter-*).
        await channel.BasicRejectAsync(delivery.Tag, requeue: false).ConfigureAwait(false);
        _tally.CountDeadLettered();
        log.WriteLine($"corroborate worker: message {delivery.MessageId} dead-lettered to {options.DeadLetterQueue}: {why}");
    }

    private static async Task<bool> Delay(TimeSpan delay, CancellationToken ct)
    {
        try
        {
            await Task.Delay(delay, ct).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private sealed record Delivery(ulong Tag, string MessageId, byte[] Body);
}
