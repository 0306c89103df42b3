[assembly: AssemblyFixture(typeof(Playbooks.Site.Tests.Support.Sites))]

namespace Playbooks.Site.Tests.Support;

/// <summary>
/// The sites the tests look at, each built once per test run: the bundled knowledge base (what the team ships), the
/// small fixture knowledge base with hostile content (stable input for snapshots), and another team's knowledge base.
/// </summary>
public sealed class Sites : IAsyncDisposable
{
    private readonly Lazy<Task<BuiltSite>> _bundled = new(() => BuiltSite.BuildAsync(RepositoryPaths.BundledPlaybooks));
    private readonly Lazy<Task<BuiltSite>> _fixture = new(() => BuiltSite.BuildAsync(RepositoryPaths.FixtureKnowledgeBase));
    private readonly Lazy<Task<BuiltSite>> _secondTeam = new(() => BuiltSite.BuildAsync(RepositoryPaths.SecondTeamPlaybooks));

    public Task<BuiltSite> Bundled => _bundled.Value;

    public Task<BuiltSite> Fixture => _fixture.Value;

    /// <summary>Another team's knowledge base, with no lexicon of its own (only when <see cref="RepositoryPaths.SecondTeamCorpus"/> exists).</summary>
    public Task<BuiltSite> SecondTeam => _secondTeam.Value;

    public async ValueTask DisposeAsync()
    {
        if (_bundled.IsValueCreated)
            (await _bundled.Value).Dispose();
        if (_fixture.IsValueCreated)
            (await _fixture.Value).Dispose();
        if (_secondTeam.IsValueCreated)
            (await _secondTeam.Value).Dispose();
    }
}
