using Corroborate.Analysis.Ingest;
using Corroborate.Model;

namespace Corroborate.Storage.Tests;

/// <summary>A fresh data folder per test, and the repository's invented sample articles as input.</summary>
internal sealed class StoreFixture : IDisposable
{
    public StoreFixture() => Directory.CreateDirectory(Folder);

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "corroborate-store-" + Guid.NewGuid().ToString("N"));

    public Newsroom Open() => Newsroom.Open(new NewsroomOptions { DataFolder = Folder, Analysis = new() { MaxParallelism = 2 } });

    /// <summary>The four sample reports of one invented event (samples/ at the repository root).</summary>
    public static List<Document> Samples()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "samples"))) dir = dir.Parent;
        if (dir is null) throw new DirectoryNotFoundException("samples/ not found");
        return InputCollector.Read([Path.Combine(dir.FullName, "samples")], InputCollector.DefaultReaders, () => Stream.Null).ToList();
    }

    public static Document Text(string source, string text) => Document.FromText("", source, text);

    /// <summary>An unrelated invented report: a library reopening, nothing to do with the samples' event.</summary>
    public const string Unrelated =
        "The Eastfield public library reopened on Saturday after a two-year renovation, librarian Paolo Grieg said.\n\n" +
        "The new reading room seats 120 people and the children's wing has been doubled in size, Grieg told visitors.\n\n" +
        "Eastfield council spent 3 million euros on the work, according to the council's annual report.";

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open on this platform; the temp folder is cleaned by the OS.
        }
    }
}
