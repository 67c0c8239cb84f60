using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Corroborate.Analysis.Ingest.Web.Html;

/// <summary>
/// Character references: numeric ones and the named ones that appear in real news pages (the Latin-1 block,
/// typographic punctuation, a few symbols). Unknown names are left as literal text, as browsers do.
/// </summary>
internal static class HtmlEntities
{
    // Latin-1 names in code-point order from U+00A0: the one contiguous block of the HTML entity table.
    private static readonly string[] Latin1 =
    [
        "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf", "laquo", "not", "shy",
        "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro", "para", "middot", "cedil", "sup1", "ordm",
        "raquo", "frac14", "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig",
        "Ccedil", "Egrave", "Eacute", "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve",
        "Oacute", "Ocirc", "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute", "THORN",
        "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil", "egrave", "eacute", "ecirc",
        "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde", "ograve", "oacute", "ocirc", "otilde", "ouml",
        "divide", "oslash", "ugrave", "uacute", "ucirc", "uuml", "yacute", "thorn", "yuml",
    ];

    private static readonly FrozenDictionary<string, string> Named = Build();

    private static FrozenDictionary<string, string> Build()
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["amp"] = "&", ["lt"] = "<", ["gt"] = ">", ["quot"] = "\"", ["apos"] = "'",
            ["ndash"] = "\u2013", ["mdash"] = "\u2014", ["lsquo"] = "\u2018", ["rsquo"] = "\u2019", ["sbquo"] = "\u201A",
            ["ldquo"] = "\u201C", ["rdquo"] = "\u201D", ["bdquo"] = "\u201E", ["dagger"] = "\u2020", ["Dagger"] = "\u2021",
            ["bull"] = "\u2022", ["hellip"] = "\u2026", ["permil"] = "\u2030", ["prime"] = "\u2032", ["Prime"] = "\u2033",
            ["lsaquo"] = "\u2039", ["rsaquo"] = "\u203A", ["euro"] = "\u20AC", ["trade"] = "\u2122", ["larr"] = "\u2190",
            ["rarr"] = "\u2192", ["uarr"] = "\u2191", ["darr"] = "\u2193", ["hearts"] = "\u2665", ["thinsp"] = "\u2009",
            ["ensp"] = "\u2002", ["emsp"] = "\u2003", ["zwnj"] = "\u200C", ["zwj"] = "\u200D", ["lrm"] = "\u200E",
            ["rlm"] = "\u200F", ["OElig"] = "\u0152", ["oelig"] = "\u0153", ["Scaron"] = "\u0160", ["scaron"] = "\u0161",
            ["Yuml"] = "\u0178", ["fnof"] = "\u0192", ["circ"] = "\u02C6", ["tilde"] = "\u02DC", ["minus"] = "\u2212",
            ["NewLine"] = "\n", ["Tab"] = "\t", ["nbsp"] = "\u00A0",
        };
        for (int i = 0; i < Latin1.Length; i++) d[Latin1[i]] = ((char)(0xA0 + i)).ToString();
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>
    /// Decodes the reference starting at <paramref name="amp"/> (an '&amp;'). Returns the characters and how many
    /// raw characters were consumed, or false when it is not a reference (then the '&amp;' is literal).
    /// </summary>
    public static bool TryDecode(string s, int amp, int limit, out string value, out int consumed)
    {
        value = "";
        consumed = 0;
        int i = amp + 1;
        if (i >= limit) return false;
        if (s[i] == '#')
        {
            i++;
            bool hex = i < limit && (s[i] == 'x' || s[i] == 'X');
            if (hex) i++;
            int start = i;
            while (i < limit && i - start < 8 && (hex ? char.IsAsciiHexDigit(s[i]) : char.IsAsciiDigit(s[i]))) i++;
            if (i == start) return false;
            if (!int.TryParse(s.AsSpan(start, i - start), hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None,
                    CultureInfo.InvariantCulture, out int cp)) return false;
            if (i < limit && s[i] == ';') i++;
            value = FromCodePoint(cp);
            consumed = i - amp;
            return true;
        }

        int nameStart = i;
        while (i < limit && i - nameStart < 10 && char.IsAsciiLetterOrDigit(s[i])) i++;
        if (i == nameStart) return false;
        var lookup = Named.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(s.AsSpan(nameStart, i - nameStart), out var v)) return false;
        if (i < limit && s[i] == ';') i++;
        value = v;
        consumed = i - amp;
        return true;
    }

    private static string FromCodePoint(int cp)
    {
        // Windows-1252 C1 remapping (as browsers do for &#150; etc.), and invalid values to U+FFFD.
        if (cp is >= 0x80 and <= 0x9F) return WebDecoding.Windows1252Char((byte)cp).ToString();
        if (cp == 0 || cp > 0x10FFFF || cp is >= 0xD800 and <= 0xDFFF) return "\uFFFD";
        return char.ConvertFromUtf32(cp);
    }

    /// <summary>Decodes every reference in an attribute value or other short string.</summary>
    public static string Decode(string s)
    {
        if (s.IndexOf('&', StringComparison.Ordinal) < 0) return s;
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == '&' && TryDecode(s, i, s.Length, out var v, out int n))
            {
                sb.Append(v);
                i += n - 1;
            }
            else
            {
                sb.Append(s[i]);
            }
        }

        return sb.ToString();
    }
}
