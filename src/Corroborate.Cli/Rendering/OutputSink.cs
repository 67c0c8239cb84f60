using System.Text;

namespace Corroborate.Cli.Rendering;

/// <summary>Standard output or a file (--out), as both a stream (JSON) and a writer (human formats).</summary>
internal sealed class OutputSink : IDisposable
{
    private readonly Stream? _file;

    private OutputSink(Stream? file, TextWriter writer)
    {
        _file = file;
        Writer = writer;
    }

    public TextWriter Writer { get; }

    public static OutputSink Open(string? path, TextWriter stdout)
    {
        if (path is null) return new OutputSink(null, stdout);
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null) Directory.CreateDirectory(dir);
        var file = File.Create(path);
        return new OutputSink(file, new StreamWriter(file, new UTF8Encoding(false)) { AutoFlush = false });
    }

    /// <summary>
    /// Writes UTF-8 bytes produced by a stream writer (the JSON contract) to the sink as they come: straight into
    /// the file, or decoded into standard output's writer. Nothing holds the whole output, so a batch whose JSON
    /// runs past what one string or buffer can hold is written all the same.
    /// </summary>
    public void WriteBytes(Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        Writer.Flush();
        if (_file is not null)
        {
            write(_file);
            _file.Flush();
            return;
        }

        using var stream = new TextWriterStream(Writer);
        write(stream);
    }

    public void Dispose()
    {
        Writer.Flush();
        if (_file is not null)
        {
            Writer.Dispose();
        }
    }
}
