namespace Playbooks.Search.Tests.Support;

/// <summary>
/// The <see cref="FixtureCorpus"/> knowledge base, indexed once and shared by the tests of a class
/// (<c>IClassFixture&lt;FixtureEngine&gt;</c>); they only search, never change files.
/// </summary>
public sealed class FixtureEngine : IDisposable
{
    private readonly TempKnowledgeBase _kb = FixtureCorpus.Create();

    public FixtureEngine() => Engine = _kb.Open();

    public SearchEngine Engine { get; }

    /// <summary>Ids of the results for <paramref name="query"/>, best first.</summary>
    public IReadOnlyList<string> Ids(string query, int limit = 5) => Engine.Search(query, limit).Results.Select(r => r.Id).ToList();

    public void Dispose()
    {
        Engine.Dispose();
        _kb.Dispose();
    }
}
