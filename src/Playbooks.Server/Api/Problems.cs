using Microsoft.AspNetCore.Http;

namespace Playbooks.Server.Api;

/// <summary>The server's RFC 7807 answers: Chinese title and detail, a stable <c>code</c> extension for scripts.</summary>
internal static class Problems
{
    public static IResult BadRequest(string detail, string code) =>
        Results.Problem(detail, title: "请求有误", statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["code"] = code });

    public static IResult NotFound(string detail) =>
        Results.Problem(detail, title: "找不到预案", statusCode: StatusCodes.Status404NotFound,
            extensions: new Dictionary<string, object?> { ["code"] = "unknown-id" });
}
