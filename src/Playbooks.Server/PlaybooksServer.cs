using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Playbooks.Server.Api;
using Playbooks.Server.Hosting;
using Playbooks.Server.Library;
using Playbooks.Server.Pages;
using Playbooks.Server.Security;

namespace Playbooks.Server;

/// <summary>
/// The door to the web server for the CLI (<c>playbooks serve</c>) and for tests, which host it in-process.
/// </summary>
public static class PlaybooksServer
{
    /// <summary>
    /// Opens the knowledge base (building or refreshing its index) and returns an unstarted application listening on
    /// <see cref="ServerOptions.Urls"/>. Start it with <c>StartAsync</c>/<c>RunAsync</c>; Ctrl+C and SIGTERM stop it
    /// gracefully. Disposing the application closes the index.
    /// </summary>
    /// <exception cref="Core.PlaybooksException">
    /// <see cref="ServerOptions.Urls"/> is not a valid address (code <c>usage</c>), or the knowledge base folder does not exist.
    /// </exception>
    public static WebApplication Build(ServerOptions options)
    {
        ServerUrls.Parse(options.Urls);
        var knowledgeBase = new LiveKnowledgeBase(options);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            // Read no appsettings.json or launch settings from wherever the user happens to run the command.
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(PlaybooksServer).Assembly.GetName().Name,
        });
        builder.WebHost.UseUrls(options.Urls);
        // The real limits are RequestLimits', whose replies carry the security headers and a Chinese explanation;
        // Kestrel's own stay as a far-off backstop.
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestLineSize = RequestLimits.KestrelBackstopBytes;
            k.Limits.MaxRequestHeadersTotalSize = RequestLimits.KestrelBackstopBytes;
            k.Limits.MaxRequestHeaderCount = RequestLimits.MaxHeaderCount * 10;
        });
        builder.Logging.ClearProviders();
        // The server's own lines (a request, a reload, a broken file) are Chinese and short (ConsoleLines); the
        // framework's English logs are left out below Warning.
        builder.Logging.AddConsole(o => o.FormatterName = ConsoleLines.FormatterName)
            .AddConsoleFormatter<ConsoleLines, ConsoleFormatterOptions>()
            .AddFilter("Playbooks", LogLevel.Information);
        // A port in use is logged by the host, in English with a stack trace, before StartAsync throws; the CLI says it
        // in one Chinese line instead. So the framework logs nothing until the server has started, and only warnings
        // after. (This rule matches every category but the server's own, and a rule's level replaces the minimum
        // level: it must check the level itself, or the framework's Debug and Trace lines all get through.)
        IHostApplicationLifetime? lifetime = null;
        builder.Logging.AddFilter((category, level) => level >= LogLevel.Warning
            && (lifetime?.ApplicationStarted.IsCancellationRequested == true || category?.StartsWith("Microsoft.", StringComparison.Ordinal) != true));
        AddServices(builder.Services, options, knowledgeBase);

        var app = builder.Build();
        lifetime = app.Lifetime;
        app.Lifetime.ApplicationStopped.Register(knowledgeBase.Dispose);
        UsePipeline(app);
        MapEndpoints(app);
        return app;
    }

    /// <summary>
    /// The server's services, for hosts other than <see cref="Build"/>'s (tests host it in memory through
    /// <c>WebApplicationFactory</c>). <paramref name="knowledgeBase"/> is owned by the caller.
    /// </summary>
    public static void AddServices(IServiceCollection services, ServerOptions options, LiveKnowledgeBase knowledgeBase)
    {
        services.AddSingleton(options);
        services.AddSingleton(knowledgeBase);
        services.AddSingleton<LiveSiteContent>();
        if (options.LiveReload)
            services.AddHostedService<KnowledgeBaseWatcher>();
        services.AddProblemDetails();
        services.AddRazorComponents();
        // Razor components bring antiforgery; the server has no forms that post, so keys never need to outlive the process
        // (and nothing is written under the user's home).
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        // Chinese is written as text in pages and problem details, not as &#x…; / \u escapes; both are still encoded.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.AddSingleton(JavaScriptEncoder.Create(UnicodeRanges.All));
        services.Configure<JsonOptions>(o => o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    }

    /// <summary>
    /// The middleware every response passes through, in order: the request's console line, security headers, host
    /// names, request sizes, read-only, errors.
    /// </summary>
    public static void UsePipeline(IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<ServerOptions>();
        app.Use(new RequestLog(app.ApplicationServices.GetRequiredService<ILoggerFactory>()).Apply);
        app.Use(SecurityHeaders.Apply);
        app.Use(new HostCheck(ServerUrls.Parse(options.Urls).AllowedHosts(options.AllowedHosts)).Apply);
        app.Use(RequestLimits.Apply);
        app.Use(ReadOnly.Apply);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
    }

    /// <summary>The API, the pages and their static assets.</summary>
    public static void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var all = endpoints.MapGroup("");
        ApiEndpoints.Map(all);
        PageEndpoints.Map(all);
        ServerAssets.Map(all);
        // HEAD is GET without the body (Kestrel drops the body of a HEAD reply), as the 405 replies' Allow header says.
        ((IEndpointConventionBuilder)all).Finally(endpoint =>
        {
            var methods = endpoint.Metadata.OfType<HttpMethodMetadata>().LastOrDefault();
            if (methods is { HttpMethods: ["GET"] })
                endpoint.Metadata.Add(new HttpMethodMetadata(["GET", "HEAD"]));
        });
    }
}
