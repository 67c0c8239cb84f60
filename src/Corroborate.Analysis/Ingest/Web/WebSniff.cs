using System.Text;

namespace Corroborate.Analysis.Ingest.Web;

/// <summary>Recognising web formats from a name and the first bytes.</summary>
internal static class WebSniff
{
    public static string Extension(string source)
    {
        var name = source.ToLowerInvariant();
        int q = name.IndexOfAny(['?', '#']);
        if (q >= 0) name = name[..q];
        foreach (var ext in (string[])[".warc.gz", ".html.gz", ".htm.gz", ".jsonl.gz"])
        {
            if (name.EndsWith(ext, StringComparison.Ordinal)) return ext;
        }

        return Path.GetExtension(name);
    }

    public static string HeadText(ReadOnlySpan<byte> head)
    {
        var h = head[..Math.Min(head.Length, 1024)];
        if (h.Length >= 3 && h[0] == 0xEF && h[1] == 0xBB && h[2] == 0xBF) h = h[3..];
        return Encoding.Latin1.GetString(h).TrimStart();
    }

    public static bool LooksLikeHtml(ReadOnlySpan<byte> head)
    {
        var t = HeadText(head);
        return t.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || t.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (t.StartsWith('<') && (t.Contains("<body", StringComparison.OrdinalIgnoreCase) || t.Contains("<head", StringComparison.OrdinalIgnoreCase)));
    }

    public static string? UrlOf(string source) =>
        Uri.TryCreate(source, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps) ? source : null;
}
