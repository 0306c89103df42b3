using Microsoft.AspNetCore.Http;

namespace Playbooks.Server.Security;

/// <summary>
/// Headers on every response. The pages (the site's components) load only same-origin scripts and the site's
/// stylesheet, and carry no inline script, style or event handler, so the policy can forbid inline script and style
/// outright; playbook Markdown is escaped, and this is the second fence.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static Task Apply(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        return next();
    }
}
