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
using Playbooks.Server.Api;
using Playbooks.Server.Library;
using Playbooks.Server.Pages;
using Playbooks.Server.Security;

namespace Playbooks.Server;

/// <summary>
/// The door to the web server for the CLI (<c>playbooks serve</c>) and for tests, which host it in-process.
/// </summary>
public static class PlaybooksServer
{
    /// <summary>Room for a query of 10 000 Chinese characters (9 bytes each when percent-encoded) plus the rest of the URL.</summary>
    private const int MaxRequestLineBytes = 96 * 1024;

    /// <summary>
    /// Opens the knowledge base (building or refreshing its index) and returns an unstarted application listening on
    /// <see cref="ServerOptions.Urls"/>. Start it with <c>StartAsync</c>/<c>RunAsync</c>; Ctrl+C and SIGTERM stop it
    /// gracefully. Disposing the application closes the index.
    /// </summary>
    /// <exception cref="Core.PlaybooksException">The knowledge base folder does not exist.</exception>
    public static WebApplication Build(ServerOptions options)
    {
        var knowledgeBase = new LiveKnowledgeBase(options);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            // Read no appsettings.json or launch settings from wherever the user happens to run the command.
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(PlaybooksServer).Assembly.GetName().Name,
        });
        builder.WebHost.UseUrls(options.Urls);
        // A 2000-character Chinese description is 18 KB percent-encoded, over Kestrel's 8 KB request line; allow room so
        // long queries get our own 400 with an explanation instead of a bare 414.
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestLineSize = MaxRequestLineBytes);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        AddServices(builder.Services, options, knowledgeBase);

        var app = builder.Build();
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

    /// <summary>The middleware every response passes through, in order: security headers, read-only, errors.</summary>
    public static void UsePipeline(IApplicationBuilder app)
    {
        app.Use(SecurityHeaders.Apply);
        app.Use(ReadOnly.Apply);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
    }

    /// <summary>The API, the pages and their static assets.</summary>
    public static void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        ApiEndpoints.Map(endpoints);
        PageEndpoints.Map(endpoints);
        ServerAssets.Map(endpoints);
    }
}
