using System.Collections.Concurrent;
using System.Collections.Immutable;
using Corroborate.Model;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Corroborate.Queue;

/// <summary>
/// Puts input documents on the ingest queue: one persistent message per document, each confirmed by the broker
/// before <see cref="PublishAsync"/> returns (then it survives a broker restart). One message per document, not
/// per request, so that a document the worker cannot store is dead-lettered alone and a large upload spreads
/// over the worker's batches; the worker regroups messages into one transaction per batch anyway.
/// Thread-safe: each call publishes on a channel of its own, taken from a pool.
/// </summary>
public sealed class IngestPublisher : IAsyncDisposable
{
    private static readonly CreateChannelOptions Confirmed = new(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true);
    private readonly IConnection _connection;
    private readonly BrokerOptions _options;
    private readonly ConcurrentBag<IChannel> _idle = [];

    private IngestPublisher(IConnection connection, BrokerOptions options)
    {
        _connection = connection;
        _options = options;
    }

    /// <summary>Connects and declares the queues; <see cref="BrokerUnavailableException"/> when the broker cannot be reached.</summary>
    public static async Task<IngestPublisher> ConnectAsync(BrokerOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        // The server recovers a dropped connection by itself (the client library's recovery); requests meanwhile get 503.
        var connection = await Broker.ConnectAsync(options, "corroborate-server", recover: true, ct).ConfigureAwait(false);
        var publisher = new IngestPublisher(connection, options);
        var channel = await publisher.RentAsync(ct).ConfigureAwait(false);
        await Broker.DeclareAsync(channel, options, ct).ConfigureAwait(false);
        publisher._idle.Add(channel);
        return publisher;
    }

    /// <summary>
    /// Publishes the documents in order and returns a message id for each once all are confirmed.
    /// <see cref="QueueUnavailableException"/> when the broker refused or was unreachable (some may be queued:
    /// sending them again is safe, the store ignores a text it already holds).
    /// </summary>
    public async Task<ImmutableArray<string>> PublishAsync(IReadOnlyList<Document> inputs, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var ids = ImmutableArray.CreateBuilder<string>(inputs.Count);
        IChannel? channel = null;
        bool done = false;
        try
        {
            channel = await RentAsync(ct).ConfigureAwait(false);
            foreach (var input in inputs)
            {
                var id = Guid.CreateVersion7().ToString("N");
                var properties = new BasicProperties
                {
                    Persistent = true,
                    MessageId = id,
                    ContentType = IngestMessage.ContentType,
                };
                // Awaited one by one: concurrent publishes on one channel are not safe in every 7.x client release.
                await channel.BasicPublishAsync("", _options.Queue, mandatory: true, properties, IngestMessage.Encode(input), ct).ConfigureAwait(false);
                ids.Add(id);
            }

            done = true;
        }
        catch (Exception ex) when (ex is PublishException or AlreadyClosedException or OperationInterruptedException or BrokerUnavailableException)
        {
            throw new QueueUnavailableException($"The ingest queue refused or lost the request after {ids.Count} of {inputs.Count} documents: {ex.Message}", ex);
        }
        finally
        {
            // A channel that failed or was cancelled may be half-way through a confirm: the next request gets a fresh one.
            if (channel is { IsOpen: true } && done) _idle.Add(channel);
            else if (channel is not null) await channel.DisposeAsync().ConfigureAwait(false);
        }

        return ids.MoveToImmutable();
    }

    private async Task<IChannel> RentAsync(CancellationToken ct)
    {
        while (_idle.TryTake(out var channel))
        {
            if (channel.IsOpen) return channel;
            await channel.DisposeAsync().ConfigureAwait(false);
        }

        if (!_connection.IsOpen) throw new BrokerUnavailableException("the connection to the broker is down (reconnecting)");
        return await _connection.CreateChannelAsync(Confirmed, ct).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        while (_idle.TryTake(out var channel)) await channel.DisposeAsync().ConfigureAwait(false);
        await _connection.DisposeAsync().ConfigureAwait(false);
    }
}

/// <summary>Publishing failed (the broker nacked, could not route, or the connection is down).</summary>
public sealed class QueueUnavailableException(string message, Exception inner) : Exception(message, inner);
