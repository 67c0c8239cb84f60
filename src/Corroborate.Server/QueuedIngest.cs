using Corroborate.Queue;

namespace Corroborate.Server;

/// <summary>
/// The ingest queue when the server runs with a broker (serve --broker), else none: writes then go to a worker
/// instead of the in-process store. A holder rather than an optional service, so the choice is made once, at start.
/// </summary>
internal sealed class QueuedIngest(IngestPublisher? publisher) : IAsyncDisposable
{
    public IngestPublisher? Publisher { get; } = publisher;

    public ValueTask DisposeAsync() => Publisher?.DisposeAsync() ?? ValueTask.CompletedTask;
}
