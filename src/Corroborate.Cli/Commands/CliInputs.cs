using System.Text;
using Corroborate.Model;

namespace Corroborate.Cli.Commands;

/// <summary>Temporary plain reading of files and folders until the ingest readers land.</summary>
internal static class CliInputs
{
    public static IEnumerable<Document> Read(IReadOnlyList<string> paths, Func<Stream> stdin)
    {
        foreach (var path in paths)
        {
            if (path == "-")
            {
                using var reader = new StreamReader(stdin(), Encoding.UTF8);
                yield return Document.FromText("", "-", reader.ReadToEnd());
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    yield return Document.FromText("", file, File.ReadAllText(file));
                }
            }
            else
            {
                yield return Document.FromText("", path, File.ReadAllText(path));
            }
        }
    }
}
