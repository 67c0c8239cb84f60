namespace Corroborate.Cli.Rendering;

/// <summary>
/// "analysed 120/2225 documents" on standard error, redrawn in place — only when standard error is a
/// terminal, so logs and pipes stay clean.
/// </summary>
internal sealed class ConsoleProgress(TextWriter stderr, int total) : IProgress<int>, IDisposable
{
    private readonly bool _enabled = !Console.IsErrorRedirected && total > 1 && ReferenceEquals(stderr, Console.Error);
    private readonly Lock _gate = new();
    private long _lastDraw;

    public void Report(int value)
    {
        if (!_enabled) return;
        long now = Environment.TickCount64;
        lock (_gate)
        {
            if (value < total && now - _lastDraw < 100) return;
            _lastDraw = now;
            stderr.Write($"\ranalysed {value}/{total} documents");
        }
    }

    public void Done()
    {
        if (_enabled) stderr.Write("\r\u001b[K");
    }

    public void Dispose() => Done();
}
