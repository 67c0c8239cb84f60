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
    public static IEnumerable<Document> Read(IEnumerable<string> paths, IReadOnlyList<IFormatReader> readers, Func<Stream> stdin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(readers);
        ArgumentNullException.ThrowIfNull(stdin);
        foreach (var path in paths)
        {
            foreach (var file in Expand(path))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (bytes, problem) = Load(file, stdin);
                if (bytes is null)
                {
                    yield return Rejected(file, problem!);
                    continue;
                }

                var reader = readers.FirstOrDefault(r => r.CanRead(file, bytes.AsSpan(0, Math.Min(bytes.Length, 4096)))) ?? new PlainTextReader();
                foreach (var doc in reader.Read(file, bytes, cancellationToken)) yield return doc;
            }
        }
    }

    /// <summary>The readers that ship with Corroborate, most specific first.</summary>
    public static IReadOnlyList<IFormatReader> DefaultReaders { get; } = [new PlainTextReader()];

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
