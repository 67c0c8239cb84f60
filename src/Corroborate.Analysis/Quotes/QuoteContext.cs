using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Analysis.Quotes;

/// <summary>A document seen by the quote stage: words, sentences, and which entity each mention belongs to.</summary>
internal sealed class QuoteContext
{
    public QuoteContext(Document document)
    {
        Document = document;
        Text = document.Text;
        Tokens = document.Tokens;
        Words = new string[Tokens.Length];
        SentenceOf = new int[Tokens.Length];
        for (int i = 0; i < Tokens.Length; i++) Words[i] = Text.Substring(Tokens[i].Span.Start, Tokens[i].Span.Length);
        int s = 0;
        for (int i = 0; i < Tokens.Length; i++)
        {
            while (s + 1 < document.Sentences.Length && document.Sentences[s].Span.End <= Tokens[i].Span.Start) s++;
            SentenceOf[i] = s;
        }

        Mentions = [.. document.Entities
            .SelectMany(e => e.Mentions.Select(m => (m.Span, Entity: e, m.Kind)))
            .OrderBy(m => m.Span.Start)];
    }

    public Document Document { get; }
    public string Text { get; }
    public System.Collections.Immutable.ImmutableArray<Token> Tokens { get; }
    public string[] Words { get; }
    public int[] SentenceOf { get; }
    public List<(TextSpan Span, Entity Entity, MentionKind Kind)> Mentions { get; }

    public string Lower(int token) => Words[token].ToLowerInvariant();

    public bool IsPunct(int token) => Tokens[token].Kind == TokenKind.Punctuation;

    public bool IsQuoteMark(int token) => Words[token] is "\"" or "“" or "”" or "«" or "»" or "'" or "‘" or "’";

    /// <summary>First and one-past-last token of a sentence.</summary>
    public (int Start, int End) SentenceTokens(int sentence)
    {
        var span = Document.Sentences[sentence].Span;
        int a = TokenAtOrAfter(span.Start), b = TokenAtOrAfter(span.End);
        return (a, b);
    }

    public int TokenAtOrAfter(int position)
    {
        int lo = 0, hi = Tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Tokens[mid].Span.Start < position) lo = mid + 1;
            else hi = mid;
        }

        return lo;
    }

    public TextSpan SpanOf(int from, int toExclusive) => new(Tokens[from].Span.Start, Tokens[toExclusive - 1].Span.End);

    /// <summary>Mentions inside a span, in order.</summary>
    public IEnumerable<(TextSpan Span, Entity Entity, MentionKind Kind)> MentionsIn(TextSpan span) =>
        Mentions.Where(m => span.Contains(m.Span));

    /// <summary>The nearest person mentioned before a position (for "he said").</summary>
    public Entity? PersonBefore(int position) =>
        Mentions.LastOrDefault(m => m.Span.End <= position && m.Entity.Kind == EntityKind.Person).Entity;

    public bool IsMedia(Entity entity) => entity.Kind is EntityKind.Organization or EntityKind.Group or EntityKind.Other && IsMediaName(entity.Name);

    public bool IsMediaName(string name) => name.Split(' ').Any(QuoteLexicon.MediaWords.Contains) && char.IsUpper(name.TrimStart()[name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? 4 : 0]);
}
