using System.Formats.Tar;
using System.IO.Compression;
using Corroborate.Diagnostics;
using Corroborate.Model;

namespace Corroborate.Analysis.Ingest.Web;

/// <summary>
/// Tar (plain or gzip-compressed) and zip packages of articles, as crawls and newsroom exports are often shipped:
/// each member file goes through the same readers as a file on disk (a page, a feed, JSON Lines, WARC, plain
/// text), in package order, named <c>package!member</c>. The package is read as a stream, one member at a time,
/// so its size is not limited; each member has the limit of its reader. Packages inside packages are not opened
/// (one level, like a folder the user chose), and hidden members (".DS_Store", "__MACOSX/") are skipped as in a
/// folder. A damaged package ends with CB3013 and the members before the damage stand.
/// </summary>
/// <param name="members">The readers for member files (plain text is the fallback), without this one.</param>
public sealed class PackageReader(WebInputLimits limits, IReadOnlyList<IFormatReader> members) : IStreamingFormatReader
{
    public string Name => "package";

    public long MaxInputBytes => limits.MaxDecompressedBytes;

    /// <summary>
    /// Tar is recognised by its name or by the "ustar" magic; zip by its name only, since Office documents and
    /// EPUBs are zip files too and are not packages of articles.
    /// </summary>
    public bool CanRead(string source, ReadOnlySpan<byte> head)
    {
        var name = source.ToLowerInvariant();
        if (name.EndsWith(".tar", StringComparison.Ordinal) || name.EndsWith(".tar.gz", StringComparison.Ordinal)
            || name.EndsWith(".tgz", StringComparison.Ordinal) || name.EndsWith(".zip", StringComparison.Ordinal))
        {
            return true;
        }

        return head.Length >= 262 && head[257..262].SequenceEqual("ustar"u8);
    }

    public IEnumerable<Document> Read(string source, byte[] bytes, CancellationToken cancellationToken) =>
        Read(source, new MemoryStream(bytes, writable: false), cancellationToken);

    public IEnumerable<Document> Read(string source, Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return IsZip(stream)
            ? Members(source, ZipEntries(stream), cancellationToken)
            : ArchiveStreams.Records(source, stream, limits, "members", input => Members(source, TarEntries(input), cancellationToken));
    }

    private static bool IsZip(Stream stream)
    {
        if (!stream.CanSeek) return false;
        long start = stream.Position;
        Span<byte> magic = stackalloc byte[4];
        int n = stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false);
        stream.Position = start;
        return n == 4 && magic.SequenceEqual("PK\u0003\u0004"u8);
    }

    /// <summary>
    /// The documents of each member in turn. Reading the next member may fail on a damaged package; that ends
    /// the package with a diagnostic (a yield cannot sit inside the try, hence the explicit enumerator).
    /// </summary>
    private IEnumerable<Document> Members(string source, IEnumerable<Member> entries, CancellationToken cancellationToken)
    {
        using var e = entries.GetEnumerator();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Member? member = null;
            string? damage = null;
            try
            {
                if (!e.MoveNext()) yield break;
                member = e.Current;
            }
            catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException or FormatException or IOException)
            {
                damage = ex.Message;
            }

            if (member is null)
            {
                yield return Feeds.FeedReader.Rejected(source, Codes.CorruptCompressedInput,
                    $"The package is damaged ({damage}); the members before the damage were read.");
                yield break;
            }

            foreach (var doc in Documents($"{source}!{member.Name.TrimStart('.', '/')}", member.Bytes, member.TooLarge, cancellationToken)) yield return doc;
        }
    }

    private IEnumerable<Document> Documents(string name, byte[] bytes, bool tooLarge, CancellationToken cancellationToken)
    {
        if (tooLarge)
        {
            return [Feeds.FeedReader.Rejected(name, Codes.InputTooLarge, $"The member is larger than {limits.MaxDecompressedBytes / (1024 * 1024)} MB; it was skipped.")];
        }

        return InputCollector.FromBytes(name, bytes, members, cancellationToken);
    }

    /// <summary>A member file's name and bytes (empty and marked when over the one-page limit).</summary>
    private sealed record Member(string Name, byte[] Bytes, bool TooLarge);

    private IEnumerable<Member> TarEntries(Stream input)
    {
        using var tar = new TarReader(input, leaveOpen: true);
        while (tar.GetNextEntry() is { } entry)
        {
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || Hidden(entry.Name)) continue;
            yield return entry.DataStream is null ? new Member(entry.Name, [], false) : Take(entry.Name, entry.DataStream);
        }
    }

    private IEnumerable<Member> ZipEntries(Stream input)
    {
        using var zip = new ZipArchive(input, ZipArchiveMode.Read, leaveOpen: true);
        foreach (var entry in zip.Entries)
        {
            if (entry.FullName.EndsWith('/') || Hidden(entry.FullName)) continue;
            using var data = entry.Open();
            yield return Take(entry.FullName, data);
        }
    }

    /// <summary>
    /// Reads a member up to the one-page limit. The count is of bytes actually read, not of the size the package
    /// declares, so a forged header cannot make it allocate or inflate beyond the limit.
    /// </summary>
    private Member Take(string name, Stream data)
    {
        using var buffer = new MemoryStream();
        var bounded = new BoundedReadStream(data, limits.MaxDecompressedBytes);
        bounded.CopyTo(buffer);
        return bounded.Cut ? new Member(name, [], true) : new Member(name, buffer.ToArray(), false);
    }

    private static bool Hidden(string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries).Any(part => (part.StartsWith('.') && part != ".") || part == "__MACOSX");
}
