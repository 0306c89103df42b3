using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Playbooks.Server.Library;
using Playbooks.Tests.Shared;

namespace Playbooks.Server.Tests.Support;

/// <summary>
/// The real server on 127.0.0.1 with a free port, over a private copy of a knowledge base (the bundled one unless
/// told otherwise), so live-reload tests can write to it and every index lives in the copy's own .cache/.
/// </summary>
internal sealed class TestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    public string KnowledgeBase { get; }
    public Uri BaseAddress { get; }
    public HttpClient Client { get; }
    public LiveKnowledgeBase Live => _app.Services.GetRequiredService<LiveKnowledgeBase>();

    /// <summary>The application's services, as <see cref="PlaybooksServer.Build"/> configured them (logging included).</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>What the server's pages show: the site content it renders the site's components with.</summary>
    public LiveSiteContent Site => _app.Services.GetRequiredService<LiveSiteContent>();

    private TestServer(WebApplication app, string knowledgeBase, Uri baseAddress)
    {
        _app = app;
        KnowledgeBase = knowledgeBase;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <param name="source">Knowledge base to copy; the bundled <c>playbooks/</c> when null.</param>
    public static async Task<TestServer> StartAsync(bool liveReload = true, string? source = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "playbooks-server-tests", Guid.NewGuid().ToString("N"), "playbooks");
        FolderCopy.Copy(source ?? RepositoryPaths.Playbooks, folder);
        var app = PlaybooksServer.Build(new ServerOptions { KnowledgeBase = folder, Urls = "http://127.0.0.1:0", LiveReload = liveReload });
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new TestServer(app, folder, new Uri(address));
    }

    public async Task<JsonElement> GetJsonAsync(string url)
    {
        using var response = await Client.GetAsync(url, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }

    public Task<ServedPage> GetPageAsync(string url) => ServedPage.GetAsync(Client, url);

    /// <summary>Ids of the results for <paramref name="query"/>, best first.</summary>
    public async Task<List<string>> SearchIdsAsync(string query, int limit = 5)
    {
        var json = await GetJsonAsync($"/api/search?limit={limit}&q={Uri.EscapeDataString(query)}");
        return json.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        try { Directory.Delete(Path.GetDirectoryName(KnowledgeBase)!, recursive: true); } catch (IOException) { }
    }
}

/// <summary>One server shared by the read-only tests of a class.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    internal TestServer Server { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Server = await TestServer.StartAsync(liveReload: false);

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}

/// <summary>Polls until <paramref name="condition"/> holds or <paramref name="timeout"/> passes; returns whether it held and when.</summary>
internal static class Eventually
{
    /// <summary>
    /// The timeout for "eventually": what a saturated 2-core CI machine may need for work that takes well under a second
    /// when idle, yet short enough that a reload that never comes fails the test instead of hanging it. Speed promises are
    /// measured by tests/Playbooks.Benchmarks, never by this bound.
    /// </summary>
    public static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    public static async Task<TimeSpan?> WithinAsync(TimeSpan timeout, Func<Task<bool>> condition)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (watch.Elapsed < timeout)
        {
            if (await condition())
                return watch.Elapsed;
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
        return await condition() ? watch.Elapsed : null;
    }
}
