namespace Playbooks.Benchmarks.Quality;

/// <summary>A search system under evaluation: built once per knowledge base, then asked for ranked ids per query.</summary>
internal interface IRankingSystem : IDisposable
{
    /// <summary>Ids of the best matches, best first, at most <paramref name="limit"/>.</summary>
    IReadOnlyList<string> Rank(string query, int limit);
}

/// <summary>Names a system and builds it for a knowledge base.</summary>
internal sealed record RankingSystemFactory(string Name, Func<string, IRankingSystem> Build);
