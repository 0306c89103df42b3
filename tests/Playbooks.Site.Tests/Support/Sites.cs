[assembly: AssemblyFixture(typeof(Playbooks.Site.Tests.Support.Sites))]

namespace Playbooks.Site.Tests.Support;

/// <summary>
/// The two sites the tests look at, each built once per test run: the bundled knowledge base (what the team
/// ships) and the small fixture knowledge base with hostile content (stable input for snapshots).
/// </summary>
public sealed class Sites : IAsyncDisposable
{
    private readonly Lazy<Task<BuiltSite>> _bundled = new(() => BuiltSite.BuildAsync(RepositoryPaths.BundledPlaybooks));
    private readonly Lazy<Task<BuiltSite>> _fixture = new(() => BuiltSite.BuildAsync(RepositoryPaths.FixtureKnowledgeBase));

    public Task<BuiltSite> Bundled => _bundled.Value;

    public Task<BuiltSite> Fixture => _fixture.Value;

    public async ValueTask DisposeAsync()
    {
        if (_bundled.IsValueCreated)
            (await _bundled.Value).Dispose();
        if (_fixture.IsValueCreated)
            (await _fixture.Value).Dispose();
    }
}
