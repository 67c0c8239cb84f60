using System.Collections.Immutable;
using Corroborate.Text;

namespace Corroborate.Model;

/// <summary>Names of the layers a stage can require or produce.</summary>
public static class Layers
{
    /// <summary>The cleaned text is final (boilerplate removed); every later span points into it.</summary>
    public const string CleanText = "clean-text";
    public const string Sentences = "sentences";
    public const string Tokens = "tokens";
    public const string Entities = "entities";
    public const string Dates = "dates";
    public const string Quotes = "quotes";
    public const string Quantities = "quantities";
}

public readonly record struct Sentence(TextSpan Span);

public enum TokenKind
{
    Word,
    Number,
    Punctuation,
    Symbol,
}

public readonly record struct Token(TextSpan Span, TokenKind Kind);

public enum EntityKind
{
    Person,
    Organization,
    Place,
    Group,
    Other,
}

public enum MentionKind
{
    /// <summary>A proper name or part of one: "Vladimir Putin", "Putin".</summary>
    Name,
    /// <summary>A role description established in the article: "the French president".</summary>
    Description,
    Pronoun,
}

public readonly record struct Mention(TextSpan Span, MentionKind Kind = MentionKind.Name);

/// <summary>One real-world referent with all its mentions in the document, sorted by position.</summary>
public sealed record Entity
{
    public required string Id { get; init; }
    public required EntityKind Kind { get; init; }
    public required string Name { get; init; }
    public ImmutableArray<string> Titles { get; init; } = [];
    public ImmutableArray<Mention> Mentions { get; init; } = [];

    /// <summary>For an organisation named from a person ("Macron's office"): the person's entity id.</summary>
    public string? LinkedTo { get; init; }
}

public enum DateKind
{
    Absolute,
    Relative,
    Partial,
}

public sealed record DateMention(TextSpan Span, DateValue Value, DateKind Kind);

public enum QuoteKind
{
    Direct,
    Partial,
    Indirect,
}

/// <summary>Who a quote is attributed to. EntityId is null for unnamed speakers ("a senior official").</summary>
public sealed record Speaker(string? EntityId, string Name, string? Description, TextSpan Span);

public sealed record Quote
{
    public required string Id { get; init; }
    public required QuoteKind Kind { get; init; }

    /// <summary>The whole attribution: quote, cue and speaker.</summary>
    public required TextSpan Span { get; init; }

    /// <summary>The quoted or reported words only.</summary>
    public required TextSpan Content { get; init; }
    public Speaker? Speaker { get; init; }
    public string? Cue { get; init; }
    public string? Channel { get; init; }
    public string? Via { get; init; }
}

/// <summary>Who asserts a figure; null on the quantity when it is the outlet itself.</summary>
public sealed record Claimant(string? EntityId, string Name);

public sealed record Quantity
{
    public required string Id { get; init; }
    public required TextSpan Span { get; init; }
    public required double Value { get; init; }
    public double? Low { get; init; }
    public double? High { get; init; }
    public string? Hedge { get; init; }
    public string? Unit { get; init; }
    public string? Object { get; init; }
    public string? Measure { get; init; }
    public Claimant? Claimant { get; init; }
    public DateValue? AsOf { get; init; }

    /// <summary>Where the value itself is written ("over 350" → the span of "over 350").</summary>
    public TextSpan? ValueSpan { get; init; }
}
