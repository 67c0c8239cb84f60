using Corroborate.Analysis.Ingest.Text;
using Corroborate.Diagnostics;
using Corroborate.Model;

namespace Corroborate.Analysis.Ingest;

/// <summary>
/// Expands the paths a user gives into documents, streaming: files, folders (recursively, in ordinal name order,
/// skipping hidden entries) and "-" for standard input. Each input goes to the first reader that recognises it
/// (plain text last). A path that cannot be read becomes a rejected document with a diagnostic; nothing throws.
/// </summary>
public static class InputCollector
{
    /// <param name="fetch">Reads an http(s) URL into documents; null refuses URLs with a diagnostic.</param>
    public static IEnumerable<Document> Read(IEnumerable<string> paths, IReadOnlyList<IFormatReader> readers, Func<Stream> stdin,
        Func<string, IReadOnlyList<Document>>? fetch = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(readers);
        ArgumentNullException.ThrowIfNull(stdin);
        foreach (var path in paths)
        {
            if (path.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || path.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                var fetched = fetch is null
                    ? [Rejected(path, Diagnostic.Error(Codes.UnreadableInput, "URLs are not fetched here; save the page and pass the file."))]
                    : fetch(path);
                foreach (var doc in fetched) yield return doc;
                continue;
            }

            foreach (var file in Expand(path))
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var doc in ReadFile(file, readers, stdin, cancellationToken)) yield return doc;
            }
        }
    }

    /// <summary>
    /// Reads one input already in memory (an upload, a request body) with the first reader that recognises it
    /// from its name and first bytes; plain text when none does.
    /// </summary>
    public static IEnumerable<Document> FromBytes(string source, byte[] bytes, IReadOnlyList<IFormatReader> readers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(readers);
        return Pick(source, bytes, readers).Read(source, bytes, cancellationToken);
    }

    /// <summary>The readers that ship with Corroborate, most specific first.</summary>
    public static IReadOnlyList<IFormatReader> DefaultReaders { get; } = [.. Web.WebReaders.All, new PlainTextReader()];

    private static IEnumerable<string> Expand(string path)
    {
        if (path == "-" || File.Exists(path))
        {
            yield return path;
            yield break;
        }

        if (!Directory.Exists(path))
        {
            yield return path; // reported as not found by Load
            yield break;
        }

        IEnumerable<string> files;
        try
        {
            files = Directory.EnumerateFiles(path, "*", new EnumerationOptions
            {
                RecurseSubdirectories = true,
                IgnoreInaccessible = true,
                AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            }).Where(f => !Path.GetFileName(f).StartsWith('.') && !f.Contains($"{Path.DirectorySeparatorChar}.", StringComparison.Ordinal))
              .Order(StringComparer.Ordinal)
              .ToList();
        }
        catch (IOException)
        {
            files = [path];
        }
        catch (UnauthorizedAccessException)
        {
            files = [path];
        }

        foreach (var f in files) yield return f;
    }

    /// <summary>
    /// One file (or standard input) through the reader that recognises it: containers of many documents are
    /// read as streams, one record at a time and without a size limit for the whole file; anything else is read
    /// whole, up to its reader's <see cref="IFormatReader.MaxInputBytes"/>.
    /// </summary>
    private static IEnumerable<Document> ReadFile(string path, IReadOnlyList<IFormatReader> readers, Func<Stream> stdin, CancellationToken cancellationToken)
    {
        if (path == "-")
        {
            var (bytes, problem) = Guard(path, () =>
            {
                using var input = stdin();
                using var buffer = new MemoryStream();
                input.CopyTo(buffer);
                return buffer.ToArray();
            });
            return bytes is null ? [Rejected(path, problem!)] : FromBytes(path, bytes, readers, cancellationToken);
        }

        if (!File.Exists(path)) return [Rejected(path, Diagnostic.Error(Codes.PathNotFound, $"No such file or folder: {path}"))];
        var (head, headProblem) = Guard(path, () =>
        {
            using var f = File.OpenRead(path);
            var buffer = new byte[4096];
            return buffer[..f.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false)];
        });
        if (head is null) return [Rejected(path, headProblem!)];
        var reader = Pick(path, head, readers);
        if (reader is IStreamingFormatReader streaming) return StreamRecords(path, streaming, cancellationToken);

        long length = new FileInfo(path).Length;
        if (length > reader.MaxInputBytes)
        {
            return [Rejected(path, Diagnostic.Error(Codes.InputTooLarge,
                $"File is {length / (1024 * 1024)} MB; the limit for {reader.Name} input is {reader.MaxInputBytes / (1024 * 1024)} MB."))];
        }

        var (all, readProblem) = Guard(path, () => File.ReadAllBytes(path));
        return all is null ? [Rejected(path, readProblem!)] : reader.Read(path, all, cancellationToken);
    }

    /// <summary>Records of a container file; a read error ends the file with a diagnostic, the records before it stand.</summary>
    private static IEnumerable<Document> StreamRecords(string path, IStreamingFormatReader reader, CancellationToken cancellationToken)
    {
        FileStream? file = null;
        Diagnostic? problem = null;
        try
        {
            file = File.OpenRead(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problem = Diagnostic.Error(Codes.UnreadableInput, $"Cannot read {path}: {ex.Message}");
        }

        if (file is null)
        {
            yield return Rejected(path, problem!);
            yield break;
        }

        using (file)
        using (var records = reader.Read(path, file, cancellationToken).GetEnumerator())
        {
            while (true)
            {
                Document? next = null;
                try
                {
                    if (!records.MoveNext()) yield break;
                    next = records.Current;
                }
                catch (IOException ex)
                {
                    problem = Diagnostic.Error(Codes.UnreadableInput, $"Reading {path} failed ({ex.Message}); the documents before the failure were read.");
                }

                if (next is null)
                {
                    yield return Rejected(path, problem!);
                    yield break;
                }

                yield return next;
            }
        }
    }

    private static IFormatReader Pick(string source, byte[] head, IReadOnlyList<IFormatReader> readers) =>
        readers.FirstOrDefault(r => r.CanRead(source, head.AsSpan(0, Math.Min(head.Length, 4096)))) ?? new PlainTextReader();

    private static (byte[]? Bytes, Diagnostic? Problem) Guard(string path, Func<byte[]> read)
    {
        try
        {
            return (read(), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, Diagnostic.Error(Codes.UnreadableInput, $"Cannot read {path}: {ex.Message}"));
        }
    }

    private static Document Rejected(string source, Diagnostic problem) =>
        Document.FromText("", source, "").WithDiagnostic(problem);
}
