using System.Collections.Immutable;
using Corroborate.Diagnostics;

namespace Corroborate.Storage;

public enum IngestStatus
{
    /// <summary>Stored and assigned to a story.</summary>
    Added,

    /// <summary>The same text is already stored (ingest is idempotent by content hash).</summary>
    Duplicate,

    /// <summary>Bad input: not stored; the diagnostics say why.</summary>
    Rejected,
}

/// <summary>What became of one input document.</summary>
public sealed record IngestItem(string Source, IngestStatus Status, string? Document, string? Story, string? CopyOf, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>One ingest: every input in order. Added documents are committed (durable) when this is returned.</summary>
public sealed record IngestReport(ImmutableArray<IngestItem> Items)
{
    public int Added => Items.Count(i => i.Status == IngestStatus.Added);
    public int Duplicates => Items.Count(i => i.Status == IngestStatus.Duplicate);
    public int Rejected => Items.Count(i => i.Status == IngestStatus.Rejected);
}
