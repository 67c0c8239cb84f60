using Corroborate.Model;

namespace Corroborate.Analysis.Quantities;

/// <summary>
/// The text of a sentence's tokens, cut from the document only when read: the scanner looks at the few tokens around
/// each number, so most words of a sentence are never allocated (the stage runs over whole corpora).
/// </summary>
internal sealed class Words(string text, Token[] tokens)
{
    private readonly string?[] cache = new string?[tokens.Length];

    public int Length => tokens.Length;

    public string this[int i] => cache[i] ??= text.Substring(tokens[i].Span.Start, tokens[i].Span.End - tokens[i].Span.Start);

    /// <summary>The token's text without allocating it.</summary>
    public ReadOnlySpan<char> Span(int i) => text.AsSpan(tokens[i].Span.Start, tokens[i].Span.End - tokens[i].Span.Start);
}
