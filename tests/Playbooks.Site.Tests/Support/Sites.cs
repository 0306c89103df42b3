[assembly: AssemblyFixture(typeof(Playbooks.Site.Tests.Support.Sites))]

namespace Playbooks.Site.Tests.Support;

/// <summary>
/// The sites the tests look at, each built once per test run: the bundled knowledge base (what the team ships), the
/// small fixture knowledge base with hostile content (stable input for snapshots), and two other teams' knowledge bases.
/// </summary>
public sealed class Sites : IAsyncDisposable
{
    private readonly Lazy<Task<BuiltSite>> _bundled = new(() => BuiltSite.BuildAsync(RepositoryPaths.BundledPlaybooks));
    private readonly Lazy<Task<BuiltSite>> _fixture = new(() => BuiltSite.BuildAsync(RepositoryPaths.FixtureKnowledgeBase));
    private readonly Lazy<Task<BuiltSite>> _secondTeam = new(() => BuiltSite.BuildAsync(RepositoryPaths.SecondTeamPlaybooks));
    private readonly Lazy<Task<BuiltSite>> _thirdTeam = new(() => BuiltSite.BuildAsync(RepositoryPaths.ThirdTeamPlaybooks));
    private readonly Lazy<Task<BuiltSite>> _fourthTeam = new(() => BuiltSite.BuildAsync(RepositoryPaths.FourthTeamPlaybooks));
    private readonly Lazy<Task<BuiltSite>> _published = new(() => BuiltSite.BuildAsync(RepositoryPaths.FixtureKnowledgeBase,
        request => request with { RepositoryUrl = PublishedRepository, BaseUrl = PublishedBase }));

    /// <summary>The <c>--repo-url</c> and <c>--base-url</c> of <see cref="Published"/>.</summary>
    public const string PublishedRepository = "https://git.example.com/ops/edit/main";
    public const string PublishedBase = "/handbook/";

    public Task<BuiltSite> Bundled => _bundled.Value;

    public Task<BuiltSite> Fixture => _fixture.Value;

    /// <summary>Another team's knowledge base, with no lexicon of its own (only when <see cref="RepositoryPaths.SecondTeamCorpus"/> exists).</summary>
    public Task<BuiltSite> SecondTeam => _secondTeam.Value;

    /// <summary>The third team's knowledge base (tests/corpora/third-team), also with no lexicon of its own.</summary>
    public Task<BuiltSite> ThirdTeam => _thirdTeam.Value;

    /// <summary>The fourth team's knowledge base (tests/corpora/fourth-team), also with no lexicon of its own.</summary>
    public Task<BuiltSite> FourthTeam => _fourthTeam.Value;

    /// <summary>The fixture knowledge base built as a team publishing it would: with a repository and a base URL.</summary>
    public Task<BuiltSite> Published => _published.Value;

    public async ValueTask DisposeAsync()
    {
        if (_published.IsValueCreated)
            (await _published.Value).Dispose();
        if (_bundled.IsValueCreated)
            (await _bundled.Value).Dispose();
        if (_fixture.IsValueCreated)
            (await _fixture.Value).Dispose();
        if (_secondTeam.IsValueCreated)
            (await _secondTeam.Value).Dispose();
        if (_thirdTeam.IsValueCreated)
            (await _thirdTeam.Value).Dispose();
        if (_fourthTeam.IsValueCreated)
            (await _fourthTeam.Value).Dispose();
    }
}
