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

public sealed class StreamedInputTests
{
    private static string TempFile(string name)
    {
        var dir = Path.Combine(Path.GetTempPath(), "corroborate-ingest", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, name);
    }

    [Fact]
    public void WarcLargerThanOneArticleLimit_IsReadRecordByRecord()
    {
        // 21 MB of skipped records between two pages: over the whole-file limit, so only a stream reads it.
        var path = TempFile("crawl.warc");
        var page = Corroborate.Analysis.Tests.Ingest.Web.WebReadersTests.WarcRecord("response", "https://a.example/news/1",
            [.. "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"u8, .. Encoding.UTF8.GetBytes(Web.WebFixtures.NewsPage())]);
        using (var f = File.Create(path))
        {
            f.Write(page);
            var filler = Corroborate.Analysis.Tests.Ingest.Web.WebReadersTests.WarcRecord("request", "https://a.example/x", new byte[1024 * 1024]);
            for (int i = 0; i < 21; i++) f.Write(filler);
            f.Write(page);
        }

        Assert.True(new FileInfo(path).Length > TextDecoder.MaxBytes);
        var docs = InputCollector.Read([path], InputCollector.DefaultReaders, () => Stream.Null).ToList();
        Assert.Equal(2, docs.Count);
        Assert.All(docs, d => Assert.Contains(Web.WebFixtures.Lead, d.Text, StringComparison.Ordinal));
        File.Delete(path);
    }

    [Fact]
    public void JsonLinesLargerThanOneArticleLimit_IsReadLineByLine()
    {
        var path = TempFile("articles.jsonl");
        using (var w = new StreamWriter(path))
        {
            w.WriteLine("""{"id": "a", "text": "The first article."}""");
            var blank = new string(' ', 1023);
            for (int i = 0; i < 21 * 1024; i++) w.WriteLine(blank);
            w.WriteLine("""{"id": "b", "text": "The second article."}""");
        }

        Assert.True(new FileInfo(path).Length > TextDecoder.MaxBytes);
        var docs = InputCollector.Read([path], InputCollector.DefaultReaders, () => Stream.Null).ToList();
        Assert.Equal(["The first article.", "The second article."], docs.Select(d => d.Text));
        File.Delete(path);
    }

    [Fact]
    public void GzipBombInJsonLines_EndsWithDiagnostic_AfterTheLinesBefore()
    {
        var limits = new Corroborate.Analysis.Ingest.Web.WebInputLimits { MaxDecompressedBytes = 1024 * 1024 };
        byte[] plain = [.. """{"text": "Kept article."}"""u8, (byte)'\n', .. new byte[20 * 1024 * 1024]];
        var bomb = Web.HtmlExtractorTests.Gzip(plain);
        var docs = new Corroborate.Analysis.Ingest.Web.JsonLinesReader(limits).Read("bomb.jsonl.gz", new MemoryStream(bomb), CancellationToken.None).ToList();
        Assert.Equal("Kept article.", docs[0].Text);
        Assert.Equal(Codes.DecompressedTooLarge, docs[^1].Diagnostics.Single().Code);
    }

    [Fact]
    public void CorruptGzipJsonLines_KeepsLinesBeforeTheDamage()
    {
        // Two gzip members, as crawlers append them; the second one is damaged.
        var first = Web.HtmlExtractorTests.Gzip(Encoding.UTF8.GetBytes("{\"text\": \"Kept article.\"}\n"));
        var second = Web.HtmlExtractorTests.Gzip(Encoding.UTF8.GetBytes("{\"text\": \"" + new string('x', 5000) + "\"}\n"));
        for (int i = 12; i < second.Length - 8; i++) second[i] ^= 0x5A;
        byte[] gz = [.. first, .. second];
        var docs = new Corroborate.Analysis.Ingest.Web.JsonLinesReader().Read("damaged.jsonl.gz", gz, CancellationToken.None).ToList();
        Assert.Equal("Kept article.", docs[0].Text);
        Assert.Contains(docs, d => d.Diagnostics.Any(x => x.Code == Codes.CorruptCompressedInput));
    }

    [Fact]
    public void HtmlPageOverTwentyMegabytes_IsRead_ButNotPlainText()
    {
        var html = TempFile("big.html");
        var text = TempFile("big.txt");
        var paragraph = "<p>" + string.Join(' ', Enumerable.Repeat("The council met again on the bridge repairs today.", 20)) + "</p>\n";
        File.WriteAllText(html, "<html><body><article>" + string.Concat(Enumerable.Repeat(paragraph, 21 * 1024 * 1024 / paragraph.Length + 1)) + "</article></body></html>");
        File.WriteAllText(text, new string('a', TextDecoder.MaxBytes + 1));
        var docs = InputCollector.Read([html, text], InputCollector.DefaultReaders, () => Stream.Null).ToList();
        Assert.False(docs[0].IsRejected);
        Assert.Equal(Codes.InputTooLarge, docs[1].Diagnostics.Single().Code);
        File.Delete(html);
        File.Delete(text);
    }
}
