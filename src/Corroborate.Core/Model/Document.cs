using System.Collections.Immutable;
using Corroborate.Diagnostics;
using Corroborate.Text;

namespace Corroborate.Model;

/// <summary>
/// One article. Immutable: stages return a copy made with <c>with</c>. Layers are sorted by span start.
/// <see cref="Text"/> is frozen once the clean-text layer exists; every span points into it.
/// </summary>
public sealed record Document
{
    public required string Id { get; init; }

    /// <summary>Path or URL as given by the user.</summary>
    public required string Source { get; init; }

    /// <summary>The decoded input before cleaning (text, or the HTML markup for web pages).</summary>
    public required string Raw { get; init; }

    /// <summary>The cleaned article body every span points into.</summary>
    public required string Text { get; init; }

    /// <summary>Takes positions in <see cref="Text"/> back to positions in <see cref="Raw"/>.</summary>
    public OffsetMap RawMap { get; init; } = OffsetMap.Identity;

    public SourceMetadata Metadata { get; init; } = new();
    public ImmutableArray<Removal> Removed { get; init; } = [];
    public ImmutableArray<Sentence> Sentences { get; init; } = [];
    public ImmutableArray<Token> Tokens { get; init; } = [];
    public ImmutableArray<Entity> Entities { get; init; } = [];
    public ImmutableArray<DateMention> Dates { get; init; } = [];
    public ImmutableArray<Quote> Quotes { get; init; } = [];
    public ImmutableArray<Quantity> Quantities { get; init; } = [];
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>Names of the layers produced so far (see <see cref="Layers"/>).</summary>
    public ImmutableSortedSet<string> Produced { get; init; } = ImmutableSortedSet<string>.Empty;

    /// <summary>A document whose input was rejected (empty, binary...): it carries only diagnostics.</summary>
    public bool IsRejected => Diagnostics.Any(d => d.Severity == Severity.Error) && Text.Length == 0;

    public bool Has(string layer) => Produced.Contains(layer);

    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);

    public Entity? FindEntity(string? id) => id is null ? null : Entities.FirstOrDefault(e => e.Id == id);

    public Document WithDiagnostic(Diagnostic diagnostic) => this with { Diagnostics = Diagnostics.Add(diagnostic) };

    /// <summary>A fresh document over plain text, as a reader produces it before any stage has run.</summary>
    public static Document FromText(string id, string source, string text, SourceMetadata? metadata = null) => new()
    {
        Id = id,
        Source = source,
        Raw = text,
        Text = text,
        Metadata = metadata ?? new SourceMetadata(),
    };
}
