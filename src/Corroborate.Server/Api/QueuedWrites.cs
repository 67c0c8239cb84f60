using System.Collections.Immutable;
using Corroborate.Model;
using Corroborate.Queue;
using Microsoft.AspNetCore.Http;

namespace Corroborate.Server.Api;

/// <summary>POST /api/documents with a broker: the documents read from the request go on the ingest queue.</summary>
internal static class QueuedWrites
{
    public static async Task<IResult> Publish(IngestPublisher publisher, List<Document> inputs, CancellationToken ct)
    {
        // The store's own rule for what it rejects: inputs with nothing to analyse never reach the queue.
        var accepted = inputs.Where(d => !d.IsRejected && d.Text.Length > 0).ToList();
        ImmutableArray<string> ids;
        try
        {
            ids = await publisher.PublishAsync(accepted, ct).ConfigureAwait(false);
        }
        catch (QueueUnavailableException ex)
        {
            return Problems.Of(StatusCodes.Status503ServiceUnavailable, Diagnostics.Codes.QueueUnavailable,
                ex.Message + ". Send the request again: documents already stored are recognised and not stored twice.");
        }

        int next = 0;
        var items = inputs.Select(d =>
        {
            bool queued = next < accepted.Count && ReferenceEquals(accepted[next], d);
            return new QueuedItemDto(d.Source, queued ? "queued" : "rejected", queued ? ids[next++] : null, [.. d.Diagnostics.Select(DiagnosticDto.From)]);
        }).ToImmutableArray();
        if (inputs.Count > 0 && accepted.Count == 0) return WriteApi.NothingReadable(inputs[0].Diagnostics.FirstOrDefault(), items);
        return TypedResults.Json(new QueuedResponse(accepted.Count, inputs.Count - accepted.Count, items), statusCode: StatusCodes.Status202Accepted);
    }
}
