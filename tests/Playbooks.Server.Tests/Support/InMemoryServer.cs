using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;
using Playbooks.Server.Library;

namespace Playbooks.Server.Tests.Support;

/// <summary>
/// The server's own services, middleware and endpoints (<see cref="PlaybooksServer"/>) hosted in memory by
/// <see cref="WebApplicationFactory{TEntryPoint}"/>, over the bundled knowledge base with its own index. No socket:
/// requests go straight through the pipeline, so these tests see exactly what the application does, apart from Kestrel.
/// </summary>
/// <remarks>
/// The server is a library hosted by the <c>playbooks</c> executable, whose entry point parses a command line rather than
/// building a host; so the factory is keyed to that executable (through one of its public types) and the host builder
/// is supplied here, the factory's documented extension point, with the server's own services, middleware and endpoints.
/// </remarks>
public class InMemoryServer : WebApplicationFactory<Playbooks.Cli.CliEnvironment>
{
    private readonly string _index = Path.Combine(Path.GetTempPath(), "playbooks-server-tests", Guid.NewGuid().ToString("N") + ".sqlite");
    private readonly ServerOptions _options;
    private readonly LiveKnowledgeBase _knowledgeBase;

    public InMemoryServer()
        : this(RepositoryPaths.Playbooks)
    {
    }

    /// <param name="knowledgeBase">The folder to serve (absolute): another team's knowledge base, written by a test.</param>
    protected InMemoryServer(string knowledgeBase)
    {
        KnowledgeBase = knowledgeBase;
        _options = new ServerOptions { KnowledgeBase = knowledgeBase, IndexPath = _index, LiveReload = false };
        _knowledgeBase = new LiveKnowledgeBase(_options);
    }

    public string KnowledgeBase { get; }

    protected override IHostBuilder CreateHostBuilder() =>
        Host.CreateDefaultBuilder().ConfigureWebHostDefaults(web => web
            .UseContentRoot(AppContext.BaseDirectory)
            .ConfigureServices(services => PlaybooksServer.AddServices(services, _options, _knowledgeBase))
            .Configure(app =>
            {
                // As WebApplication does implicitly: routing first, endpoints last.
                app.UseRouting();
                PlaybooksServer.UsePipeline(app);
                app.UseEndpoints(PlaybooksServer.MapEndpoints);
            }));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            _knowledgeBase.Dispose();
    }
}
