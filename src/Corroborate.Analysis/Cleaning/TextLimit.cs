using Corroborate.Diagnostics;
using Corroborate.Model;

namespace Corroborate.Analysis.Cleaning;

/// <summary>
/// The longest text one document is analysed to. No news article comes near it (a long feature is 50,000
/// characters, a day-long live blog a few hundred thousand), but a 50 MB page of one block or a mis-split archive
/// would otherwise hold every later stage and the brief for minutes. The text is cut at the last line break
/// before the limit, so every span and the map back to the raw input stay valid, and the cut is reported.
/// </summary>
public static class TextLimit
{
    public const int MaxChars = 2_000_000;

    public static Document Apply(Document document, int maxChars = MaxChars)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        if (text.Length <= maxChars) return document;
        int cut = text.LastIndexOf('\n', maxChars - 1);
        if (cut < maxChars / 2) cut = maxChars;
        if (char.IsHighSurrogate(text[cut - 1])) cut--;
        return document.WithDiagnostic(Diagnostic.Warning(Codes.TextTruncated,
            $"The text has {text.Length:N0} characters; only the first {cut:N0} were analysed.")) with { Text = text[..cut] };
    }
}
