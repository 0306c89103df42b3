using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Playbooks.Server.Security;

/// <summary>
/// Answers only requests addressed to a host name the server was started for. Without it a web page on another
/// site could point its own domain at 127.0.0.1 (DNS rebinding) and read the API with the user's browser.
/// ASP.NET Core's HostFiltering middleware does the same check but answers in English; this uses its matcher
/// (<see cref="HostString.MatchesAny"/>) and answers like the rest of the server.
/// </summary>
internal sealed class HostCheck(IReadOnlyList<string> allowedHosts)
{
    private readonly StringSegment[] _patterns = [.. allowedHosts.Select(h => new StringSegment(h))];
    private readonly bool _any = allowedHosts.Contains("*");

    public Task Apply(HttpContext context, Func<Task> next)
    {
        var host = context.Request.Host;
        // HTTP/1.0 may omit Host; browsers never do, so a missing one is no rebinding risk.
        if (_any || !host.HasValue || HostString.MatchesAny(host.Host, _patterns))
            return next();
        return Results.Problem(
            $"这个服务只接受发往 {string.Join("、", _patterns)} 的请求，不接受 Host“{host.Host}”（防止其他网站借用浏览器读取接口）。" +
            "需要用其他名称访问时，启动时加 --allowed-hosts 名称",
            title: "不接受的主机名", statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["code"] = "bad-host" }).ExecuteAsync(context);
    }
}
