using System.Collections.Immutable;
using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Stories.Model;

/// <summary>A document that copies another (wire copy, light rewrite), with their estimated Jaccard similarity.</summary>
public sealed record DuplicateLink(string Document, string Of, double Similarity);

/// <summary>A line of the brief. Evidence is never empty: a line without evidence is a bug.</summary>
public sealed record BriefLine(string Text, ImmutableArray<SpanRef> Evidence);

public sealed record TimelineEntry(DateValue Date, string Text, ImmutableArray<SpanRef> Evidence);

/// <summary>One document's rendering of an aligned quote.</summary>
public sealed record QuoteVariant(string Document, string Quote, string? Speaker, string? SpeakerEntity);

public sealed record AlignedQuote(string Text, ImmutableArray<string> Speakers, ImmutableArray<QuoteVariant> Variants, string? Conflict);

public sealed record FigureClaim(string Document, string Quantity, double Value, string? Claimant, DateValue? AsOf);

public enum FigureRelation
{
    Agree,
    Supersedes,
    DifferentClaimant,
    DifferentScope,
    Conflict,
}

public sealed record AlignedFigure(
    string? Measure,
    string? Object,
    ImmutableArray<FigureClaim> Claims,
    FigureRelation? Relation,
    string Explanation);

public enum DisagreementKind
{
    Figure,
    Attribution,
    Fact,
}

public sealed record Disagreement(DisagreementKind Kind, string Explanation, ImmutableArray<SpanRef> Evidence);

/// <summary>A person or organisation recognised as the same across the documents of a story.</summary>
public sealed record StoryEntity(string Name, EntityKind Kind, ImmutableArray<(string Document, string Entity)> Members);

/// <summary>
/// Why a document joined its story (or started it): the content and entity similarities to the best story,
/// the days between their dates, the combined score and the threshold it was held to.
/// </summary>
public sealed record StoryAssignment(string Document, bool Started, double Content, double Entities, double? DaysApart, double Score, double Threshold, string Reason);

/// <summary>Reports of one event, lined up: who says what, which figures are whose, where sources differ.</summary>
public sealed record Story
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public ImmutableArray<string> Documents { get; init; } = [];
    public ImmutableArray<DuplicateLink> Duplicates { get; init; } = [];

    /// <summary>Documents that are not copies of another member: the independent newsrooms.</summary>
    public int IndependentSources { get; init; }
    public ImmutableArray<StoryEntity> Entities { get; init; } = [];
    public ImmutableArray<BriefLine> Summary { get; init; } = [];
    public ImmutableArray<TimelineEntry> Timeline { get; init; } = [];
    public ImmutableArray<AlignedQuote> Quotes { get; init; } = [];
    public ImmutableArray<AlignedFigure> Figures { get; init; } = [];
    public ImmutableArray<Disagreement> Disagreements { get; init; } = [];

    /// <summary>How each member was assigned, in arrival order (explainable clustering).</summary>
    public ImmutableArray<StoryAssignment> Assignments { get; init; } = [];

    /// <summary>The topic this story belongs to ("t1"..): stories of the same kind of event (two earthquakes).</summary>
    public string? Topic { get; init; }
}
