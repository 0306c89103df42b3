using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Playbooks.Server.Hosting;

/// <summary>
/// One line per request on the console (<see cref="LogLines.Request"/>), in place of ASP.NET Core's English request
/// logs. First in the pipeline, so refusals by the later middleware (a foreign Host, an over-long address) are logged
/// with their status too. Assets fetched successfully are not logged: every page loads three of them, and their lines
/// would hide the searches.
/// </summary>
internal static class RequestLog
{
    public const string Category = "Playbooks.Server.Requests";

    public static async Task Apply(HttpContext context, Func<Task> next)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            await next();
        }
        finally
        {
            var status = context.Response.StatusCode;
            if (!(status < 400 && context.Request.Path.StartsWithSegments("/assets")))
            {
                var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
                var line = LogLines.Request(context.Request.Method, context.Request.Path + context.Request.QueryString, status, watch.Elapsed);
                if (status >= 500)
                    logger.LogError("{Line}", line);
                else
                    logger.LogInformation("{Line}", line);
            }
        }
    }
}
