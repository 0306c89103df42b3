using Microsoft.AspNetCore.Http;
using Playbooks.Core;

namespace Playbooks.Server.Api;

/// <summary>
/// The server's RFC 7807 answers: Chinese title and detail, and the <see cref="ErrorKind"/>'s stable <c>code</c> as an
/// extension for scripts (the same codes as the CLI's <c>--json</c> errors).
/// </summary>
internal static class Problems
{
    public static IResult BadRequest(string detail, ErrorKind kind) =>
        Results.Problem(detail, title: "请求有误", statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["code"] = kind.Code });

    public static IResult NotFound(string detail) =>
        Results.Problem(detail, title: "找不到预案", statusCode: StatusCodes.Status404NotFound,
            extensions: new Dictionary<string, object?> { ["code"] = ErrorKind.UnknownId.Code });
}
