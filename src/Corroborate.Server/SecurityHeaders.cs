using Microsoft.AspNetCore.Http;

namespace Corroborate.Server;

/// <summary>
/// Every response forbids what article text could abuse: no inline or third-party script, no plugins, no
/// framing, no base-URI tricks, no MIME sniffing, no referrer leaks. The UI only ever inserts article text as
/// text nodes, so this policy is a second wall, not the first.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static Task Apply(HttpContext context, Func<Task> next)
    {
        var h = context.Response.Headers;
        h.ContentSecurityPolicy = ContentSecurityPolicy;
        h.XContentTypeOptions = "nosniff";
        h.XFrameOptions = "DENY";
        h["Referrer-Policy"] = "no-referrer";
        h["Cross-Origin-Opener-Policy"] = "same-origin";
        h["Cross-Origin-Resource-Policy"] = "same-origin";
        return next();
    }
}
