using System.Collections.Immutable;
using System.Text;
using Corroborate.Analysis.Ingest.Web;
using Corroborate.Diagnostics;

namespace Corroborate.Analysis.Tests.Ingest.Web;

public sealed class WebDecodingTests
{
    private static string Decode(byte[] bytes, string? charset, out ImmutableArray<Diagnostic> diagnostics)
    {
        var d = ImmutableArray.CreateBuilder<Diagnostic>();
        var s = WebDecoding.DecodeHtml(bytes, charset, d);
        diagnostics = d.ToImmutable();
        return s;
    }

    [Fact]
    public void DecodeHtml_UsesUtf8Bom()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("<p>Müller</p>")];
        Assert.Equal("<p>Müller</p>", Decode(bytes, null, out _));
    }

    [Fact]
    public void DecodeHtml_UsesUtf16Bom()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("<p>Zoë</p>")];
        Assert.Equal("<p>Zoë</p>", Decode(bytes, null, out _));
    }

    [Fact]
    public void DecodeHtml_UsesMetaCharsetLatin1AsWindows1252()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("<meta charset=\"iso-8859-1\"><p>M"), 0xFC, .. Encoding.ASCII.GetBytes("ller "), 0x93, (byte)'x', 0x94, .. "</p>"u8];
        Assert.Equal("<meta charset=\"iso-8859-1\"><p>Müller \u201Cx\u201D</p>", Decode(bytes, null, out _));
    }

    [Fact]
    public void DecodeHtml_DetectsUndeclaredWindows1252()
    {
        byte[] bytes = [.. "<p>caf"u8, 0xE9, .. " "u8, 0x80, .. "5</p>"u8];
        var s = Decode(bytes, null, out var diags);
        Assert.Equal("<p>café €5</p>", s);
        Assert.Contains(diags, d => d.Code == Codes.CharsetGuessed);
    }

    [Fact]
    public void DecodeHtml_HttpCharsetWinsOverMeta()
    {
        byte[] bytes = [.. "<meta charset=\"utf-8\"><p>"u8, 0xE9, .. "</p>"u8];
        Assert.Equal("<meta charset=\"utf-8\"><p>é</p>", Decode(bytes, "windows-1252", out _));
    }

    [Fact]
    public void DecodeHtml_FallsBackWithWarning_WhenDeclaredUtf8IsInvalid()
    {
        byte[] bytes = [.. "<meta charset=\"utf-8\"><p>"u8, 0xE9, .. "</p>"u8];
        Decode(bytes, null, out var diags);
        Assert.Contains(diags, d => d.Code == Codes.CharsetGuessed && d.Severity == Severity.Warning);
    }

    [Fact]
    public void Gunzip_ReportsCorruptStream()
    {
        var gz = HtmlExtractorTests.Gzip(Encoding.UTF8.GetBytes(new string('a', 100_000)));
        var broken = gz[..(gz.Length / 2)].Concat(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 }).ToArray();
        broken[12] ^= 0xFF;
        var d = ImmutableArray.CreateBuilder<Diagnostic>();
        WebDecoding.Gunzip(broken, 1_000_000, d);
        Assert.Contains(d, x => x.Code == Codes.CorruptCompressedInput);
    }
}
