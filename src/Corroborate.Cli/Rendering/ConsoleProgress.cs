namespace Corroborate.Cli.Rendering;

/// <summary>
/// "analysed 120/2225 documents" on standard error, redrawn in place — only when standard error is a
/// terminal, so logs and pipes stay clean. A total of 0 means unknown (a stream): only the count is drawn.
/// </summary>
internal sealed class ConsoleProgress(TextWriter stderr, int total) : IProgress<int>, IDisposable
{
    private readonly bool _enabled = !Console.IsErrorRedirected && total is 0 or > 1 && ReferenceEquals(stderr, Console.Error);
    private readonly Lock _gate = new();
    private long _lastDraw;

    public void Report(int value)
    {
        if (!_enabled) return;
        long now = Environment.TickCount64;
        lock (_gate)
        {
            if ((total == 0 || value < total) && now - _lastDraw < 100) return;
            _lastDraw = now;
            stderr.Write(total == 0 ? $"\ranalysed {value} documents" : $"\ranalysed {value}/{total} documents");
        }
    }

    public void Done()
    {
        if (_enabled) stderr.Write("\r\u001b[K");
    }

    public void Dispose() => Done();
}
