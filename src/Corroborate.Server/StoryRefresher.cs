using Corroborate.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Corroborate.Server;

/// <summary>
/// Recomposes stories whose briefs are behind their members, in the background, so that reading a story is a
/// single row fetch. Woken by each ingest; also sweeps every second (stories that have just gone quiet, briefs
/// left behind by a restart). Reading a story that is still behind composes it at once.
/// </summary>
internal sealed partial class StoryRefresher(Newsroom newsroom, ServerSettings settings, ILogger<StoryRefresher> logger) : BackgroundService
{
    private readonly SemaphoreSlim _signal = new(0);

    public void Wake()
    {
        if (_signal.CurrentCount == 0) _signal.Release();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await _signal.WaitAsync(TimeSpan.FromSeconds(1), stoppingToken).ConfigureAwait(false);
                while (!stoppingToken.IsCancellationRequested && await Task.Run(() => newsroom.RefreshPending(16, settings.ComposeQuiet, stoppingToken), stoppingToken).ConfigureAwait(false) > 0)
                {
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex);
            }
        }
    }

    public override void Dispose()
    {
        _signal.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Recomposing stories failed; will retry")]
    private static partial void LogFailed(ILogger logger, Exception ex);
}
