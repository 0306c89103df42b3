using Microsoft.AspNetCore.Http;

namespace Playbooks.Server.Security;

/// <summary>The server never changes anything: every method but GET and HEAD is refused before routing.</summary>
internal static class ReadOnly
{
    public static Task Apply(HttpContext context, Func<Task> next)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            return next();
        context.Response.Headers.Allow = "GET, HEAD";
        return Results.Problem("这个服务只读：只接受 GET 和 HEAD 请求。修改预案请直接编辑 Markdown 文件，保存后自动生效",
            title: "不支持的请求方法", statusCode: StatusCodes.Status405MethodNotAllowed).ExecuteAsync(context);
    }
}
