using Playbooks.Search;

namespace Playbooks.Benchmarks.Quality;

/// <summary>Our engine exactly as `playbooks search` runs it, with its index in a throw-away folder.</summary>
internal sealed class OurEngine : IRankingSystem
{
    private readonly string _folder = Directory.CreateTempSubdirectory("playbooks-quality-").FullName;
    private readonly SearchEngine _engine;

    public OurEngine(string knowledgeBase) =>
        _engine = SearchEngine.Open(knowledgeBase, Path.Combine(_folder, "index.sqlite"), WeightOverrides.FromEnvironment());

    public IReadOnlyList<string> Rank(string query, int limit) =>
        _engine.Search(query, limit).Results.Select(r => r.Id).ToList();

    public void Dispose()
    {
        _engine.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
