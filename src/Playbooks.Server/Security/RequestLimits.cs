using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Playbooks.Server.Security;

/// <summary>
/// The request-size limits, enforced here rather than by Kestrel so the 414 and 431 replies pass through
/// <see cref="SecurityHeaders"/> and explain themselves. Kestrel's own limits are set far above these
/// (<see cref="KestrelBackstopBytes"/>) and only stop abuse; a reply from Kestrel carries no headers of ours.
/// </summary>
internal static class RequestLimits
{
    /// <summary>Room for a query of 10 000 Chinese characters (9 bytes each when percent-encoded) plus the rest of the URL.</summary>
    public const int MaxTargetBytes = 96 * 1024;

    /// <summary>Kestrel's default for all headers together; a browser sends a few KB.</summary>
    public const int MaxHeaderBytes = 32 * 1024;

    /// <summary>Kestrel's default header count.</summary>
    public const int MaxHeaderCount = 100;

    /// <summary>Kestrel's limits for the request line and the headers: requests this large are cut off without a reply of ours.</summary>
    public const int KestrelBackstopBytes = 1024 * 1024;

    public static Task Apply(HttpContext context, Func<Task> next)
    {
        var request = context.Request;
        // The target as sent (percent-encoded), which is what a request-line limit is about.
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget?.Length ?? 0;
        if (target > MaxTargetBytes)
            return Refuse(context, StatusCodes.Status414UriTooLong, "地址太长",
                $"请求地址超过 {MaxTargetBytes / 1024} KB；检索内容请控制在 2000 字以内");
        var headerBytes = 0;
        // Loops rather than LINQ: this runs for every request, and StringValues' enumerator is a struct LINQ would box.
        foreach (var (name, values) in request.Headers)
        {
            headerBytes += name.Length + 4;
            foreach (var value in values)
                headerBytes += value?.Length ?? 0;
        }
        if (request.Headers.Count > MaxHeaderCount || headerBytes > MaxHeaderBytes)
            return Refuse(context, StatusCodes.Status431RequestHeaderFieldsTooLarge, "请求头太大",
                $"请求头超过 {MaxHeaderCount} 个或 {MaxHeaderBytes / 1024} KB；清除这个地址的 Cookie 后重试");
        return next();
    }

    private static Task Refuse(HttpContext context, int status, string title, string detail) =>
        Results.Problem(detail, title: title, statusCode: status,
            extensions: new Dictionary<string, object?> { ["code"] = "too-large" }).ExecuteAsync(context);
}
