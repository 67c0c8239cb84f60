using Corroborate.Model;
using Corroborate.Storage;
using Corroborate.Storage.Contract;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Corroborate.Server.Api;

/// <summary>GET endpoints: stories (paged, filtered), one story with its documents, one document, search.</summary>
internal static class ReadApi
{
    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api").WithTags("read");
        api.MapGet("/stories", ListStories).WithSummary("Stories, most recently updated first, with filters.");
        api.MapGet("/stories/{id}", GetStory).WithSummary("One story (the contract's story object) with its documents.");
        api.MapGet("/documents/{id}", GetDocument).WithSummary("One analysed document (the contract's document object).");
        api.MapGet("/search", Search).WithSummary("Full-text search over titles and article text.");
        api.MapGet("/status", (Newsroom room) =>
        {
            var (documents, stories) = room.Counts();
            return TypedResults.Ok(new StatusResponse(documents, stories, ContractNames.Schema));
        }).WithSummary("How much the store holds.");
    }

    private static Results<Ok<Paged<StorySummary>>, ProblemHttpResult> ListStories(
        Newsroom room, int? page, int? pageSize, string? from, string? to, string? entity, bool? disagreements)
    {
        if (from is not null && !DateValue.TryParse(from, out _)) return Problems.BadRequest($"'from' must be a date like 2022-03-03, not '{from}'.");
        if (to is not null && !DateValue.TryParse(to, out _)) return Problems.BadRequest($"'to' must be a date like 2022-03-03, not '{to}'.");
        if (page is < 1) return Problems.BadRequest("'page' starts at 1.");
        if (pageSize is < 1 or > 200) return Problems.BadRequest("'pageSize' must be between 1 and 200.");
        return TypedResults.Ok(room.Stories(new StoryQuery
        {
            Page = page ?? 1,
            PageSize = pageSize ?? 20,
            From = from,
            To = to,
            Entity = string.IsNullOrWhiteSpace(entity) ? null : entity.Trim(),
            HasDisagreements = disagreements,
        }));
    }

    private static IResult GetStory(Newsroom room, string id, CancellationToken ct) =>
        room.StoryWithDocuments(id, ct) is { } json ? Results.Content(json, "application/json; charset=utf-8") : Problems.NotFound("story " + id);

    private static IResult GetDocument(Newsroom room, string id) =>
        room.DocumentJson(id) is { } json ? Results.Content(json, "application/json; charset=utf-8") : Problems.NotFound("document " + id);

    private static Results<Ok<SearchResponse>, ProblemHttpResult> Search(Newsroom room, string? q, int? limit)
    {
        if (string.IsNullOrWhiteSpace(q)) return Problems.BadRequest("Give the words to search for as 'q'.");
        if (q.Length > 500) return Problems.BadRequest("The query is longer than 500 characters.");
        return TypedResults.Ok(new SearchResponse(q, [.. room.Search(q, Math.Clamp(limit ?? 20, 1, 100))]));
    }
}
