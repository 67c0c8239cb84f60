using System.Collections.Immutable;

namespace Corroborate.Model;

/// <summary>How a publication date was established, most to least reliable.</summary>
public enum DateMethod
{
    None,
    Metadata,
    Text,
    Inferred,
}

public sealed record PublishedDate(DateValue? Value, DateMethod Method, string? Signal = null)
{
    public static PublishedDate Unknown { get; } = new(null, DateMethod.None);
}

/// <summary>What is known about where a document came from. Fields are null when not determinable.</summary>
public sealed record SourceMetadata
{
    public string? Outlet { get; init; }
    public string? Title { get; init; }
    public string? Url { get; init; }
    public string Language { get; init; } = "en";
    public ImmutableArray<string> Authors { get; init; } = [];
    public PublishedDate Published { get; init; } = PublishedDate.Unknown;

    /// <summary>When the source says it last changed the document (web pages: JSON-LD dateModified, meta tags).</summary>
    public PublishedDate Modified { get; init; } = PublishedDate.Unknown;

    /// <summary>Which signal each field came from (e.g. "outlet" → "copyright-line"), for provenance.</summary>
    public ImmutableSortedDictionary<string, string> Signals { get; init; } = ImmutableSortedDictionary<string, string>.Empty;
}

public enum RemovalKind
{
    Caption,
    Credit,
    Copyright,
    ImageName,
    RelatedLink,
    Byline,
    Other,
}

/// <summary>Boilerplate taken out of the text, kept so a reader can see what was dropped and why.</summary>
public sealed record Removal(RemovalKind Kind, string Text, Text.TextSpan RawSpan);
