using System.Collections.Immutable;
using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Analysis.Cleaning;

/// <summary>A removed piece of a line; Owner is the rights holder named by a copyright line.</summary>
internal sealed record LineRemoval(RemovalKind Kind, TextSpan Span, string? Owner = null);

/// <summary>A line of input: its full span, the part kept (empty when all removed), and what was removed.</summary>
internal sealed record ClassifiedLine(TextSpan Span, TextSpan Keep, bool Blank, ImmutableArray<LineRemoval> Removals);

/// <summary>
/// Decides line by line what is article and what is boilerplate. A line is judged on its own patterns first
/// (copyright, image name, byline, share prompt, related link, credit); captions are then found by context:
/// a line that ends with a photo credit or carries a caption cue ("This is a representational image"), the
/// headline-like lines stacked directly above such a line, and a line directly after an image name.
/// </summary>
internal static class LineClassifier
{
    /// <summary>
    /// Lines longer than this are body paragraphs however they end: a credit glued to one is cut off alone.
    /// Captions in the test fixtures and the seed articles run to about 45 words.
    /// </summary>
    private const int MaxCaptionWords = 60;

    /// <summary>Stacked caption/headline lines above a credit are short fragments (≤ 25 words, no full stop).</summary>
    private const int MaxFragmentWords = 25;

    public static IReadOnlyList<ClassifiedLine> Classify(string text)
    {
        var spans = SplitLines(text);
        var lines = spans.Select(s => Judge(text, s)).ToList();

        for (int i = 0; i < lines.Count; i++)
        {
            bool captionAnchor = lines[i].Removals.Any(r => r.Kind is RemovalKind.Caption or RemovalKind.Credit) && lines[i].Keep.IsEmpty;
            if (captionAnchor)
            {
                // Headline-like fragments stacked directly above a caption or credit belong to it.
                for (int j = i - 1; j >= 0 && !lines[j].Blank && IsFragment(text, lines[j]); j--)
                {
                    lines[j] = RemoveAll(text, lines[j], RemovalKind.Caption);
                }
            }

            bool afterImage = i > 0 && !lines[i].Blank && !lines[i].Keep.IsEmpty
                && lines[i - 1].Removals.Any(r => r.Kind == RemovalKind.ImageName) && WordCount(text, lines[i].Keep) <= MaxCaptionWords;
            if (afterImage)
            {
                lines[i] = RemoveAll(text, lines[i], RemovalKind.Caption);
            }
        }

        return lines;
    }

    /// <summary>The first line of cleaned text when it reads as a headline (short, no closing punctuation, alone).</summary>
    public static string? Headline(string clean)
    {
        int end = clean.IndexOf('\n', StringComparison.Ordinal);
        if (end <= 0 || end + 1 >= clean.Length || clean[end + 1] != '\n') return null;
        var first = clean[..end].Trim();
        int words = WordCount(first, new TextSpan(0, first.Length));
        return words is >= 3 and <= 20 && !EndsSentence(first) ? first : null;
    }

    private static ClassifiedLine Judge(string text, TextSpan span)
    {
        var content = Trim(text, span);
        if (content.IsEmpty) return new ClassifiedLine(span, content, true, []);
        string line = text.Substring(content.Start, content.Length);
        int words = WordCount(text, content);

        if (LinePatterns.Copyright().Match(line) is { Success: true } c && (line.StartsWith('©') || c.Groups["year"].Success || words <= 12))
        {
            return Removed(span, RemovalKind.Copyright, content, CleanOwner(c.Groups["owner"].Value));
        }

        if (words <= 30 && LinePatterns.RightsClause().IsMatch(line)) return Removed(span, RemovalKind.Copyright, content);
        if (LinePatterns.ImageName().IsMatch(line) && !line.Contains(' ', StringComparison.Ordinal)) return Removed(span, RemovalKind.ImageName, content);
        if (words <= 12 && LinePatterns.Byline().IsMatch(line)) return Removed(span, RemovalKind.Byline, content);
        if (words <= 25 && LinePatterns.SharePrompt().IsMatch(line)) return Removed(span, RemovalKind.Other, content);
        if (words <= 25 && LinePatterns.RelatedLink().IsMatch(line)) return Removed(span, RemovalKind.RelatedLink, content);
        if (words <= 15 && LinePatterns.CreditLine().IsMatch(line)) return Removed(span, RemovalKind.Credit, content);

        if (LinePatterns.CreditAtEnd().Match(line) is { Success: true } credit)
        {
            var creditSpan = new TextSpan(content.Start + credit.Index, content.End);
            var before = Trim(text, new TextSpan(content.Start, creditSpan.Start));
            if (before.IsEmpty) return Removed(span, RemovalKind.Credit, content);
            if (words <= MaxCaptionWords)
            {
                var kind = IsTitleCase(text, before) ? RemovalKind.RelatedLink : RemovalKind.Caption;
                return new ClassifiedLine(span, new TextSpan(content.Start, content.Start), false,
                    [new LineRemoval(kind, before), new LineRemoval(RemovalKind.Credit, creditSpan)]);
            }

            return new ClassifiedLine(span, before, false, [new LineRemoval(RemovalKind.Credit, creditSpan)]);
        }

        if (words <= MaxCaptionWords && LinePatterns.CaptionCue().IsMatch(line)) return Removed(span, RemovalKind.Caption, content);
        return new ClassifiedLine(span, content, false, []);
    }

    private static ClassifiedLine Removed(TextSpan line, RemovalKind kind, TextSpan content, string? owner = null) =>
        new(line, new TextSpan(content.Start, content.Start), false, [new LineRemoval(kind, content, owner)]);

    private static ClassifiedLine RemoveAll(string text, ClassifiedLine line, RemovalKind kind)
    {
        var content = Trim(text, line.Span);
        var removals = line.Removals.IsEmpty ? [new LineRemoval(kind, content)] : line.Removals.Add(new LineRemoval(kind, line.Keep));
        return line with { Keep = new TextSpan(content.Start, content.Start), Removals = removals.Where(r => !r.Span.IsEmpty).ToImmutableArray() };
    }

    private static bool IsFragment(string text, ClassifiedLine line)
    {
        if (line.Keep.IsEmpty) return line.Removals.Any(r => r.Kind is RemovalKind.Caption or RemovalKind.Credit);
        string s = text.Substring(line.Keep.Start, line.Keep.Length);
        return WordCount(text, line.Keep) <= MaxFragmentWords && !EndsSentence(s);
    }

    private static bool EndsSentence(string s)
    {
        var t = s.TrimEnd();
        return t.Length > 0 && t[^1] is '.' or '!' or '?' or '"' or '”' or '’' or ':' or ';';
    }

    /// <summary>Headlines capitalise most words ("U.S. Joins E.U. In Sanctioning …"); captions are sentence case.</summary>
    private static bool IsTitleCase(string text, TextSpan span)
    {
        int words = 0, capitalised = 0;
        foreach (var word in text.Substring(span.Start, span.Length).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!char.IsLetter(word[0])) continue;
            words++;
            if (char.IsUpper(word[0])) capitalised++;
        }

        return words >= 3 && capitalised >= words * 0.7;
    }

    private static string? CleanOwner(string owner)
    {
        var o = owner.Trim().TrimEnd('.', ',', ';', '|').Trim();
        return o.Length is >= 2 and <= 60 && char.IsLetterOrDigit(o[0]) && !o.StartsWith("all rights", StringComparison.OrdinalIgnoreCase) ? o : null;
    }

    internal static int WordCount(string text, TextSpan span)
    {
        int count = 0;
        bool inWord = false;
        for (int i = span.Start; i < span.End; i++)
        {
            bool w = !char.IsWhiteSpace(text[i]);
            if (w && !inWord) count++;
            inWord = w;
        }

        return count;
    }

    private static TextSpan Trim(string text, TextSpan span)
    {
        int s = span.Start, e = span.End;
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        return new TextSpan(s, e);
    }

    private static List<TextSpan> SplitLines(string text)
    {
        var lines = new List<TextSpan>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '\n' or '\r' or '\u2028' or '\u2029')
            {
                lines.Add(new TextSpan(start, i));
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                start = i + 1;
            }
        }

        if (start < text.Length) lines.Add(new TextSpan(start, text.Length));
        return lines;
    }
}
