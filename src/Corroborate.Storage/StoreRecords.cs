using System.Collections.Immutable;

namespace Corroborate.Storage;

/// <summary>A document as the store keeps it, everything but its contract JSON and replay data.</summary>
public sealed record StoredDocument(long Seq, string Id, string Source, string? Title, string? Outlet, string? Published, string Story, string? CopyOf, DateTimeOffset Ingested);

/// <summary>A story's row in the list: counts, dates and whether sources disagree.</summary>
public sealed record StorySummary(
    string Id,
    string Title,
    int Documents,
    int IndependentSources,
    int Disagreements,
    string? FirstDate,
    string? LastDate,
    DateTimeOffset Updated,
    bool Pending);

/// <summary>Filters of the story list; null means no filter.</summary>
public sealed record StoryQuery
{
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;

    /// <summary>Stories with a member published on or after this ISO date.</summary>
    public string? From { get; init; }

    /// <summary>Stories with a member published on or before this ISO date.</summary>
    public string? To { get; init; }

    /// <summary>Stories naming this entity (case-insensitive, exact name).</summary>
    public string? Entity { get; init; }

    /// <summary>Only stories where sources disagree (true), agree (false), or both (null).</summary>
    public bool? HasDisagreements { get; init; }
}

public sealed record Paged<T>(ImmutableArray<T> Items, int Page, int PageSize, long Total);

/// <summary>A search match: the document, its story and a short excerpt with the matched words marked.</summary>
public sealed record SearchHit(string Document, string Story, string? Title, string Snippet, double Rank);
