namespace Corroborate.Queue;

/// <summary>Where the ingest queue lives. The publisher (server) and the worker must agree on all of it.</summary>
public sealed record BrokerOptions
{
    public const string DefaultQueue = "corroborate.ingest";

    /// <summary>The broker, e.g. <c>amqp://user:pass@host:5672/vhost</c>.</summary>
    public required string Url { get; init; }

    /// <summary>The durable queue input documents wait in (tests use one of their own).</summary>
    public string Queue { get; init; } = DefaultQueue;

    /// <summary>Where messages that cannot be decoded or stored go, so they never block the queue.</summary>
    public string DeadLetterQueue => Queue + ".dead";

    /// <summary>
    /// Unacknowledged messages the broker hands one worker at a time, and so the largest batch (one transaction).
    /// 64 keeps a two-core worker busy analysing while the next messages are already on the wire.
    /// </summary>
    public ushort Prefetch { get; init; } = 64;
}
