using System.Diagnostics;
using System.Globalization;
using Corroborate.Storage;

namespace Corroborate.Queue;

/// <summary>
/// What a worker has done, and its progress lines on standard error: at most one a second while busy (a line, not
/// a redrawn counter, because a worker's stderr is usually a log), and a summary when it stops.
/// </summary>
public sealed class WorkerTally(TextWriter log)
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(1);
    private readonly long _started = Stopwatch.GetTimestamp();
    private long _lastLine;
    private int _ingestedAtLastLine;
    private int _added;
    private int _duplicates;
    private int _rejected;
    private int _deadLettered;

    public int Added => Volatile.Read(ref _added);
    public int Duplicates => Volatile.Read(ref _duplicates);
    public int Rejected => Volatile.Read(ref _rejected);
    public int DeadLettered => Volatile.Read(ref _deadLettered);

    /// <summary>Documents settled by the store (added, already stored or rejected as input).</summary>
    public int Ingested => Added + Duplicates + Rejected;

    internal void Count(IngestItem item, string messageId)
    {
        switch (item.Status)
        {
            case IngestStatus.Added:
                Interlocked.Increment(ref _added);
                break;
            case IngestStatus.Duplicate:
                Interlocked.Increment(ref _duplicates);
                break;
            default:
                Interlocked.Increment(ref _rejected);
                var d = item.Diagnostics.FirstOrDefault();
                log.WriteLine($"corroborate worker: message {messageId} ({item.Source}) rejected: {d?.Code} {d?.Message}");
                break;
        }
    }

    internal void CountDeadLettered() => Interlocked.Increment(ref _deadLettered);

    internal void Progress(TimeSpan lastBatch)
    {
        long now = Stopwatch.GetTimestamp();
        var since = Stopwatch.GetElapsedTime(_lastLine == 0 ? _started : _lastLine, now);
        if (_lastLine != 0 && since < Every) return;
        // The recent rate says how fast the worker is going now; the overall one includes time spent waiting for work.
        int ingested = Ingested;
        double recent = (ingested - _ingestedAtLastLine) / Math.Max(since.TotalSeconds, 0.001);
        _lastLine = now;
        _ingestedAtLastLine = ingested;
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"corroborate worker: {Line()}; {recent:0.0}/s lately (last batch {lastBatch.TotalMilliseconds:0} ms)"));
    }

    internal void Summary() => log.WriteLine("corroborate worker: stopped; " + Line());

    private string Line()
    {
        var seconds = Math.Max(Stopwatch.GetElapsedTime(_started).TotalSeconds, 0.001);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Ingested} documents ingested ({Added} added, {Duplicates} already stored, {Rejected} rejected), {DeadLettered} dead-lettered, {Ingested / seconds:0.0}/s overall");
    }
}
