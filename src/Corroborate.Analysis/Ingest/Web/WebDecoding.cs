using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;
using Corroborate.Diagnostics;

namespace Corroborate.Analysis.Ingest.Web;

/// <summary>Limits for reading web input. Records so hosts can pass their own.</summary>
public sealed record WebInputLimits
{
    /// <summary>
    /// Largest decompressed input read (bytes). Gzip bombs expand 1000:1; capping the output, not the input,
    /// is what bounds memory. 64 MB keeps a 50 MB page whole.
    /// </summary>
    public long MaxDecompressedBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Largest page (characters) handed to the extractor; longer pages are cut with a diagnostic.</summary>
    public int MaxPageChars { get; init; } = 64 * 1024 * 1024;

    public static WebInputLimits Default { get; } = new();
}

/// <summary>Bytes to text for web input: gzip, BOM, declared charsets, and a Windows-1252 fallback.</summary>
public static class WebDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Windows-1252 0x80–0x9F; the rest of the code page equals Latin-1. Undefined slots map to the C1 control,
    // as the WHATWG encoding standard does.
    private static readonly char[] Cp1252High =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039',
        '\u0152', '\u008D', '\u017D', '\u008F', '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    internal static char Windows1252Char(byte b) => b is >= 0x80 and <= 0x9F ? Cp1252High[b - 0x80] : (char)b;

    public static string DecodeWindows1252(ReadOnlySpan<byte> bytes)
    {
        return string.Create(bytes.Length, bytes.ToArray(), static (dst, src) =>
        {
            for (int i = 0; i < src.Length; i++) dst[i] = Windows1252Char(src[i]);
        });
    }

    public static bool IsGzip(ReadOnlySpan<byte> head) => head.Length >= 2 && head[0] == 0x1F && head[1] == 0x8B;

    /// <summary>Inflates gzip input up to the limit; a bomb or a corrupt stream gives what was read and a diagnostic.</summary>
    public static byte[] Gunzip(byte[] bytes, long limit, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        using var input = new MemoryStream(bytes, writable: false);
        using var gz = new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        try
        {
            while (true)
            {
                int read = gz.Read(buffer, 0, buffer.Length);
                if (read == 0) break;
                if (output.Length + read > limit)
                {
                    output.Write(buffer, 0, (int)(limit - output.Length));
                    diagnostics.Add(Diagnostic.Warning(Codes.DecompressedTooLarge,
                        $"Compressed input expands beyond {limit:N0} bytes; only the first {limit:N0} bytes were read. Raise the limit if the page is genuine."));
                    break;
                }

                output.Write(buffer, 0, read);
            }
        }
        catch (InvalidDataException ex)
        {
            diagnostics.Add(Diagnostic.Warning(Codes.CorruptCompressedInput,
                $"The gzip stream is corrupt after {output.Length:N0} bytes ({ex.Message}); the readable part was used."));
        }

        return output.ToArray();
    }

    /// <summary>
    /// Decodes page bytes: BOM first, then the declared charset (HTTP header, then &lt;meta&gt;), then UTF-8 if the
    /// bytes are valid UTF-8, else Windows-1252 (the de facto meaning of "Latin-1" on the web).
    /// </summary>
    public static string DecodeHtml(byte[] bytes, string? declaredCharset, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) return Utf8Lenient(bytes.AsSpan(3));
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        var charset = Normalize(declaredCharset) ?? Normalize(SniffMetaCharset(bytes));
        switch (charset)
        {
            case "utf-8":
                if (TryUtf8(bytes, out var s)) return s;
                diagnostics.Add(Diagnostic.Warning(Codes.CharsetGuessed,
                    "The page declares UTF-8 but is not valid UTF-8; decoded as Windows-1252."));
                return DecodeWindows1252(bytes);
            case "windows-1252":
                return DecodeWindows1252(bytes);
            case "utf-16le":
                return Encoding.Unicode.GetString(bytes);
            case "utf-16be":
                return Encoding.BigEndianUnicode.GetString(bytes);
            case null:
                if (TryUtf8(bytes, out var u)) return u;
                diagnostics.Add(Diagnostic.Info(Codes.CharsetGuessed,
                    "No charset declared and the bytes are not UTF-8; decoded as Windows-1252."));
                return DecodeWindows1252(bytes);
            default:
                if (TryUtf8(bytes, out var v)) return v;
                diagnostics.Add(Diagnostic.Warning(Codes.UnsupportedCharset,
                    $"Charset '{charset}' is not supported here; decoded as Windows-1252, so some letters may be wrong."));
                return DecodeWindows1252(bytes);
        }
    }

    private static string Utf8Lenient(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes);

    private static bool TryUtf8(byte[] bytes, out string text)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            text = StrictUtf8.GetString(bytes);
            return true;
        }

        text = "";
        return false;
    }

    /// <summary>Maps charset labels to the few decoders this build has (WHATWG treats the Latin-1 labels as 1252).</summary>
    internal static string? Normalize(string? label)
    {
        if (string.IsNullOrWhiteSpace(label)) return null;
        var l = label.Trim().Trim('"', '\'').ToLowerInvariant();
        return l switch
        {
            "utf-8" or "utf8" or "unicode-1-1-utf-8" => "utf-8",
            "iso-8859-1" or "iso8859-1" or "latin1" or "latin-1" or "l1" or "windows-1252" or "cp1252" or "us-ascii"
                or "ascii" or "iso-8859-15" or "iso_8859-1" or "x-cp1252" => "windows-1252",
            "utf-16" or "utf-16le" => "utf-16le",
            "utf-16be" => "utf-16be",
            _ => l,
        };
    }

    /// <summary>Finds charset= in the first 4 KB, where the HTML spec's prescan looks.</summary>
    internal static string? SniffMetaCharset(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 4096)];
        var text = Encoding.ASCII.GetString(head);
        int i = text.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
        while (i >= 0)
        {
            int k = i + 7;
            while (k < text.Length && (text[k] == ' ' || text[k] == '=' || text[k] == '"' || text[k] == '\'')) k++;
            int start = k;
            while (k < text.Length && (char.IsAsciiLetterOrDigit(text[k]) || text[k] is '-' or '_' or ':')) k++;
            if (k > start) return text[start..k];
            i = text.IndexOf("charset", k, StringComparison.OrdinalIgnoreCase);
        }

        return null;
    }

    /// <summary>Text of a non-HTML input (feeds, JSON Lines, WARC headers): BOM, then UTF-8, else Windows-1252.</summary>
    public static string DecodeText(byte[] bytes, ImmutableArray<Diagnostic>.Builder diagnostics) => DecodeHtml(bytes, null, diagnostics);
}
