using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Corroborate.Server.Api;

/// <summary>Problem responses (RFC 9457) carrying the stable diagnostic code beside the HTTP status.</summary>
internal static class Problems
{
    public static ProblemHttpResult Of(int status, string code, string detail, IDictionary<string, object?>? extra = null)
    {
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code };
        if (extra is not null) foreach (var kv in extra) extensions[kv.Key] = kv.Value;
        return TypedResults.Problem(new ProblemDetails
        {
            Status = status,
            Title = ReasonPhrases.GetReasonPhrase(status),
            Detail = detail,
            Extensions = extensions,
        });
    }

    public static ProblemHttpResult NotFound(string what) => Of(StatusCodes.Status404NotFound, Diagnostics.Codes.NotFound, $"No {what}.");

    public static ProblemHttpResult BadRequest(string detail) => Of(StatusCodes.Status400BadRequest, Diagnostics.Codes.BadRequest, detail);
}
