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
                var (bytes, problem) = Load(file, stdin);
                if (bytes is null)
                {
                    yield return Rejected(file, problem!);
                    continue;
                }

                foreach (var doc in FromBytes(file, bytes, readers, cancellationToken)) yield return doc;
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
        var reader = readers.FirstOrDefault(r => r.CanRead(source, bytes.AsSpan(0, Math.Min(bytes.Length, 4096)))) ?? new PlainTextReader();
        return reader.Read(source, bytes, cancellationToken);
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

    private static (byte[]? Bytes, Diagnostic? Problem) Load(string path, Func<Stream> stdin)
    {
        try
        {
            if (path == "-")
            {
                using var input = stdin();
                using var buffer = new MemoryStream();
                input.CopyTo(buffer);
                return (buffer.ToArray(), null);
            }

            if (!File.Exists(path))
            {
                return (null, Diagnostic.Error(Codes.PathNotFound, $"No such file or folder: {path}"));
            }

            var info = new FileInfo(path);
            if (info.Length > TextDecoder.MaxBytes)
            {
                return (null, Diagnostic.Error(Codes.InputTooLarge, $"File is {info.Length / (1024 * 1024)} MB; the limit is {TextDecoder.MaxBytes / (1024 * 1024)} MB."));
            }

            return (File.ReadAllBytes(path), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, Diagnostic.Error(Codes.UnreadableInput, $"Cannot read {path}: {ex.Message}"));
        }
    }

    private static Document Rejected(string source, Diagnostic problem) =>
        Document.FromText("", source, "").WithDiagnostic(problem);
}
