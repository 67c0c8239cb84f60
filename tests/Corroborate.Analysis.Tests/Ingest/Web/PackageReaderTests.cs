using System.Formats.Tar;
using System.IO.Compression;
using Corroborate.Analysis.Ingest;
using Corroborate.Analysis.Ingest.Text;
using Corroborate.Analysis.Ingest.Web;
using Corroborate.Diagnostics;
using Corroborate.Model;

namespace Corroborate.Analysis.Tests.Ingest.Web;

public sealed class PackageReaderTests
{
    private const string Note = "The harbour board met on Friday and agreed to dredge the eastern channel before the winter storms.";

    private static readonly (string Name, byte[] Bytes)[] Members =
    [
        ("./crawl/a.html", WebFixtures.Utf8(WebFixtures.NewsPage())),
        ("crawl/.DS_Store", [0, 1, 2, 3]),
        ("__MACOSX/crawl/._a.html", [0, 5, 0, 7]),
        ("crawl/b.txt", WebFixtures.Utf8(Note)),
    ];

    [Fact]
    public void TarGz_ReadsEachMemberWithItsOwnReader_AndSkipsHiddenOnes()
    {
        var docs = Read("crawl.tar.gz", Gzip(Tar(Members)));

        Assert.Equal(["crawl.tar.gz!crawl/a.html", "crawl.tar.gz!crawl/b.txt"], docs.Select(d => d.Source));
        Assert.Contains(WebFixtures.Second, docs[0].Text, StringComparison.Ordinal);
        Assert.Equal(Note, docs[1].Text);
        Assert.All(docs, d => Assert.False(d.IsRejected));
    }

    [Fact]
    public void Zip_ReadsMembersLikeTar()
    {
        var docs = Read("export.zip", Zip(Members));

        Assert.Equal(["export.zip!crawl/a.html", "export.zip!crawl/b.txt"], docs.Select(d => d.Source));
        Assert.Equal(Note, docs[1].Text);
    }

    [Fact]
    public void Tar_IsRecognisedByItsMagic_WhenTheNameSaysNothing()
    {
        var tar = Tar(Members);
        var reader = WebReaders.All.First(r => r.CanRead("upload", tar.AsSpan(0, 4096)));
        Assert.Equal("package", reader.Name);
    }

    [Fact]
    public void DamagedPackage_EndsWithDiagnostic_AndKeepsEarlierMembers()
    {
        var tar = Tar([("one.txt", WebFixtures.Utf8(Note)), ("two.txt", WebFixtures.Utf8(new string('x', 40_000)))]);
        var gz = Gzip(tar);
        var docs = Read("cut.tar.gz", gz[..(gz.Length / 2)]);

        Assert.Equal(Note, docs[0].Text);
        Assert.True(docs[^1].IsRejected);
        Assert.Equal(Codes.CorruptCompressedInput, docs[^1].Diagnostics.Single().Code);
    }

    [Fact]
    public void OversizedMember_IsSkippedWithDiagnostic_AndTheNextOneIsRead()
    {
        var limits = new WebInputLimits { MaxDecompressedBytes = 1024 };
        var reader = new PackageReader(limits, [new PlainTextReader()]);
        var tar = Tar([("big.txt", WebFixtures.Utf8(new string('y', 5000))), ("small.txt", WebFixtures.Utf8(Note))]);

        var docs = reader.Read("p.tar", tar, CancellationToken.None).ToList();

        Assert.Equal(Codes.InputTooLarge, Assert.Single(docs[0].Diagnostics).Code);
        Assert.Equal("p.tar!small.txt", docs[1].Source);
        Assert.Equal(Note, docs[1].Text);
    }

    [Fact]
    public void OfficeDocument_IsNotTakenForAPackage()
    {
        var zip = Zip([("word/document.xml", WebFixtures.Utf8("<w:document/>"))]);
        Assert.DoesNotContain(WebReaders.All, r => r.Name == "package" && r.CanRead("report.docx", zip));
    }

    /// <summary>Reads a package the way the CLI does: from a file, through the default readers.</summary>
    private static List<Document> Read(string name, byte[] bytes)
    {
        var dir = Directory.CreateTempSubdirectory("corroborate-pkg-");
        try
        {
            var path = Path.Combine(dir.FullName, name);
            File.WriteAllBytes(path, bytes);
            var docs = InputCollector.Read([path], InputCollector.DefaultReaders, () => Stream.Null).ToList();
            return docs.Select(d => d with { Source = d.Source.Replace(dir.FullName + Path.DirectorySeparatorChar, "", StringComparison.Ordinal) }).ToList();
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static byte[] Tar(IEnumerable<(string Name, byte[] Bytes)> files)
    {
        using var buffer = new MemoryStream();
        using (var tar = new TarWriter(buffer, TarEntryFormat.Pax, leaveOpen: true))
        {
            foreach (var (name, bytes) in files)
            {
                tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(bytes) });
            }
        }

        return buffer.ToArray();
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gz = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true)) gz.Write(bytes);
        return buffer.ToArray();
    }

    private static byte[] Zip(IEnumerable<(string Name, byte[] Bytes)> files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in files)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(bytes);
            }
        }

        return buffer.ToArray();
    }
}
