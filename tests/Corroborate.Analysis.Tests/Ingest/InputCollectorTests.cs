using System.Text;
using Corroborate.Analysis.Ingest;
using Corroborate.Analysis.Ingest.Text;
using Corroborate.Diagnostics;

namespace Corroborate.Analysis.Tests.Ingest;

public sealed class InputCollectorTests
{
    private static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "corroborate-ingest", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    [Fact]
    public void Folder_IsReadRecursivelyInNameOrder_SkippingHiddenFiles()
    {
        var dir = TempDir();
        Directory.CreateDirectory(Path.Combine(dir, "sub"));
        File.WriteAllText(Path.Combine(dir, "b.txt"), "Second article.");
        File.WriteAllText(Path.Combine(dir, "a.txt"), "First article.");
        File.WriteAllText(Path.Combine(dir, "sub", "c.txt"), "Third article.");
        File.WriteAllText(Path.Combine(dir, ".hidden"), "Not an article.");
        var docs = InputCollector.Read([dir], InputCollector.DefaultReaders, () => Stream.Null).ToList();
        Assert.Equal(["First article.", "Second article.", "Third article."], docs.Select(d => d.Text));
    }

    [Fact]
    public void MissingPath_BecomesRejectedDocument_AndBatchGoesOn()
    {
        var dir = TempDir();
        File.WriteAllText(Path.Combine(dir, "a.txt"), "An article.");
        var docs = InputCollector.Read([Path.Combine(dir, "missing.txt"), dir], InputCollector.DefaultReaders, () => Stream.Null).ToList();
        Assert.True(docs[0].IsRejected);
        Assert.Equal(Codes.PathNotFound, docs[0].Diagnostics.Single().Code);
        Assert.Equal("An article.", docs[1].Text);
    }

    [Fact]
    public void Stdin_IsReadForDash()
    {
        var docs = InputCollector.Read(["-"], InputCollector.DefaultReaders, () => new MemoryStream(Encoding.UTF8.GetBytes("From a pipe."))).ToList();
        Assert.Equal("From a pipe.", Assert.Single(docs).Text);
    }
}

public sealed class TextDecoderTests
{
    [Fact]
    public void Utf8WithBom_DropsBom()
    {
        Assert.Equal("Café", TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Café")]).Text);
    }

    [Fact]
    public void Utf16WithBom_IsDecoded()
    {
        Assert.Equal("Kyiv", TextDecoder.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Kyiv")]).Text);
        Assert.Equal("Kyiv", TextDecoder.Decode([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("Kyiv")]).Text);
    }

    [Fact]
    public void InvalidUtf8_FallsBackToLatin1WithWarning()
    {
        var decoded = TextDecoder.Decode([0x43, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x70, 0x65, 0x6E]);
        Assert.Equal("Café open", decoded.Text);
        Assert.Equal(Codes.Latin1Fallback, decoded.Problem!.Code);
    }

    [Fact]
    public void BinaryAndEmpty_AreRejected()
    {
        Assert.Equal(Codes.BinaryInput, TextDecoder.Decode([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]).Problem!.Code);
        Assert.Equal(Codes.EmptyInput, TextDecoder.Decode(" \n\t "u8).Problem!.Code);
        Assert.True(TextDecoder.Decode([]).Rejected);
    }
}
