using System.Collections.Immutable;
using Corroborate.Diagnostics;
using Corroborate.Storage;

namespace Corroborate.Server.Api;

public sealed record DiagnosticDto(string Code, string Severity, string Message)
{
    public static DiagnosticDto From(Diagnostic d) => new(d.Code, d.Severity.ToString().ToLowerInvariant(), d.Message);
}

public sealed record IngestItemDto(string Source, string Status, string? Document, string? Story, string? CopyOf, ImmutableArray<DiagnosticDto> Diagnostics);

/// <summary>The answer to POST /api/documents: what became of each input, in order.</summary>
public sealed record IngestResponse(int Added, int Duplicates, int Rejected, ImmutableArray<IngestItemDto> Items)
{
    public static IngestResponse From(IngestReport report) => new(report.Added, report.Duplicates, report.Rejected,
        [.. report.Items.Select(i => new IngestItemDto(i.Source, i.Status.ToString().ToLowerInvariant(), i.Document, i.Story, i.CopyOf,
            [.. i.Diagnostics.Select(DiagnosticDto.From)]))]);
}

public sealed record QueuedItemDto(string Source, string Status, string? Message, ImmutableArray<DiagnosticDto> Diagnostics);

/// <summary>
/// The answer to POST /api/documents with a broker (202 Accepted): each input, in order, either queued (with its
/// message id) or rejected (with why). Queued means the broker holds it durably; a worker stores it soon after.
/// </summary>
public sealed record QueuedResponse(int Queued, int Rejected, ImmutableArray<QueuedItemDto> Items);

public sealed record SearchResponse(string Query, ImmutableArray<SearchHit> Hits);

public sealed record StatusResponse(long Documents, long Stories, string Schema);
