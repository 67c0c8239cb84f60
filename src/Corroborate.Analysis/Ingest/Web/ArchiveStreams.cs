using System.IO.Compression;
using Corroborate.Diagnostics;
using Corroborate.Model;

namespace Corroborate.Analysis.Ingest.Web;

/// <summary>
/// Opens a container stream (WARC, JSON Lines) for record-by-record reading: gzip is recognised by its magic
/// bytes and inflated on the fly, and the inflated length is capped so a gzip bomb ends with a diagnostic
/// instead of running without end. The cap scales with the compressed size (real news archives inflate about
/// 5–10 times; bombs inflate a thousand times and more), and is never below the one-page limit.
/// </summary>
public static class ArchiveStreams
{
    /// <summary>How many times its compressed size an archive may inflate to.</summary>
    public const int MaxInflation = 100;

    /// <summary>
    /// The documents <paramref name="records"/> reads from the opened stream, then, if the inflation cap cut the
    /// stream short, a rejected document saying so (the records before the cut stand).
    /// </summary>
    public static IEnumerable<Document> Records(string source, Stream stream, WebInputLimits limits, string unit, Func<Stream, IEnumerable<Document>> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var (input, bounded) = Open(stream, limits);
        using (input)
        {
            foreach (var d in records(input)) yield return d;
        }

        if (bounded is { Cut: true })
        {
            yield return Feeds.FeedReader.Rejected(source, Codes.DecompressedTooLarge,
                $"The input expands beyond {bounded.Limit:N0} bytes, over {MaxInflation} times its compressed size; the {unit} before that point were read.");
        }
    }

    /// <summary>The stream to read records from, and the bounded view to ask afterwards whether it was cut.</summary>
    public static (Stream Stream, BoundedReadStream? Bounded) Open(Stream stream, WebInputLimits limits)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(limits);
        if (!stream.CanSeek) return (stream, null);
        long start = stream.Position;
        Span<byte> magic = stackalloc byte[2];
        int n = stream.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        stream.Position = start;
        if (!WebDecoding.IsGzip(magic[..n])) return (stream, null);
        long cap = Math.Max(limits.MaxDecompressedBytes, (stream.Length - start) * MaxInflation);
        var bounded = new BoundedReadStream(new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true), cap);
        return (bounded, bounded);
    }
}

/// <summary>A read-only view that ends after <see cref="Limit"/> bytes, noting whether anything was left unread.</summary>
public sealed class BoundedReadStream(Stream inner, long limit) : Stream
{
    private long _read;

    public long Limit { get; } = limit;

    /// <summary>True once the limit was reached with more bytes waiting.</summary>
    public bool Cut { get; private set; }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_read >= Limit)
        {
            if (!Cut && inner.ReadByte() >= 0) Cut = true;
            return 0;
        }

        int n = inner.Read(buffer[..(int)Math.Min(buffer.Length, Limit - _read)]);
        _read += n;
        return n;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
