using System.Text;
using Corroborate.Diagnostics;

namespace Corroborate.Analysis.Ingest.Text;

/// <summary>The decoded text of an input, or why it was rejected, plus any warning about how it was read.</summary>
public sealed record DecodedText(string? Text, Diagnostic? Problem)
{
    public bool Rejected => Text is null;
}

/// <summary>
/// Bytes to text: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, and Latin-1 (Windows-1252 superset
/// for printable bytes) when the bytes are not valid UTF-8 — recorded as a warning. Binary and empty inputs
/// are rejected with a diagnostic rather than turned into garbage text.
/// </summary>
public static class TextDecoder
{
    /// <summary>Inputs larger than this are rejected: no news article comes close (the largest BBC story is ~25 KB).</summary>
    public const int MaxBytes = 20 * 1024 * 1024;

    /// <summary>Share of control bytes above which an input is binary (text has tabs and newlines, little else).</summary>
    private const double MaxControlShare = 0.05;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxBytes)
        {
            return new(null, Diagnostic.Error(Codes.InputTooLarge,
                $"Input is {bytes.Length / (1024 * 1024)} MB; the limit is {MaxBytes / (1024 * 1024)} MB. Split it into articles."));
        }

        string text;
        Diagnostic? warning = null;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            text = Encoding.Unicode.GetString(bytes[2..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }
        else
        {
            var body = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;
            if (LooksBinary(body))
            {
                return new(null, Diagnostic.Error(Codes.BinaryInput,
                    "Input looks binary (NUL or control bytes), not text; convert it to plain text, HTML or a feed first."));
            }

            try
            {
                text = StrictUtf8.GetString(body);
            }
            catch (DecoderFallbackException)
            {
                text = Encoding.Latin1.GetString(body);
                warning = Diagnostic.Warning(Codes.Latin1Fallback,
                    "Input is not valid UTF-8; it was read as Latin-1. Save it as UTF-8 if accented letters look wrong.");
            }
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return new(null, Diagnostic.Error(Codes.EmptyInput, "Input is empty or only whitespace."));
        }

        return new(text, warning);
    }

    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        int sample = Math.Min(bytes.Length, 8192), control = 0;
        for (int i = 0; i < sample; i++)
        {
            byte b = bytes[i];
            if (b == 0) return true;
            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C) control++;
        }

        return sample > 0 && control > sample * MaxControlShare;
    }
}
