using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Playbooks.Server.Hosting;

/// <summary>
/// One line per request on the console (<see cref="LogLines.Request"/>), in place of ASP.NET Core's English request
/// logs. First in the pipeline, so refusals by the later middleware (a foreign Host, an over-long address) are logged
/// with their status too. Assets fetched successfully are not logged: every page loads three of them, and their lines
/// would hide the searches.
/// </summary>
internal sealed class RequestLog(ILoggerFactory loggers)
{
    public const string Category = "Playbooks.Server.Requests";

    // Created once: resolving the factory and the category's logger for every request was a measurable share of a
    // search request's CPU under load (serve-load benchmark).
    private readonly ILogger _logger = loggers.CreateLogger(Category);

    public async Task Apply(HttpContext context, Func<Task> next)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next();
        }
        finally
        {
            var status = context.Response.StatusCode;
            var level = status >= 500 ? LogLevel.Error : LogLevel.Information;
            if (_logger.IsEnabled(level) && !(status < 400 && context.Request.Path.StartsWithSegments("/assets")))
            {
                var line = LogLines.Request(context.Request.Method, context.Request.Path + context.Request.QueryString, status,
                    Stopwatch.GetElapsedTime(started));
                _logger.Log(level, "{Line}", line);
            }
        }
    }
}
