using System.Globalization;
using Playbooks.Search;
using Playbooks.Search.Documents;
using Playbooks.Search.Ranking;

namespace Playbooks.Benchmarks.Quality;

/// <summary>
/// The frame of an evidence experiment over our engine (passages, term-pair proximity): our engine's first ranking, the
/// knowledge base's playbooks as field texts, and knobs "name=value;…" read from one environment variable
/// (<c>debug=text</c> prints the top 8 candidates' scores for queries containing that text). A subclass
/// gives each of the first ranking's top <c>n</c> playbooks one or more evidence scores; the playbooks are re-sorted by
/// fused/best + Σ weight·evidence/best-evidence (each list max-normalised over those candidates, as
/// <see cref="ScoreFusion"/> does; <c>fuse=mul</c>: fused/best × Π (1 + weight·evidence/best-evidence)), drafts and empty playbooks still last, ties in the first ranking's order.
/// </summary>
internal abstract class EvidenceRescoring : IRankingSystem
{
    private readonly string _folder = Directory.CreateTempSubdirectory("playbooks-quality-").FullName;
    private readonly Dictionary<string, string> _knobs;
    private readonly HashSet<string> _unwritten = new(StringComparer.Ordinal);

    protected EvidenceRescoring(string knowledgeBase, string variable)
    {
        _knobs = (Environment.GetEnvironmentVariable(variable) ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToDictionary(a => a[..a.IndexOf('=')], a => a[(a.IndexOf('=') + 1)..], StringComparer.Ordinal);
        Engine = SearchEngine.Open(knowledgeBase, Path.Combine(_folder, "index.sqlite"), Weights);
        Documents = CorpusDocuments.Load(knowledgeBase);
        _unwritten.UnionWith(Documents.Where(d => d.Unwritten || d.Draft).Select(d => d.Id));
    }

    protected RankingWeights Weights { get; } = WeightOverrides.FromEnvironment();
    protected SearchEngine Engine { get; }
    protected IReadOnlyList<StoredPlaybook> Documents { get; }

    /// <summary>How much the first ranking's own (max-normalised) score counts; 0 re-ranks by the evidence alone.</summary>
    protected virtual double BaseWeight => 1.0;

    /// <summary>Evidence lists for <paramref name="candidates"/> (playbook ids), each with its weight in the sum.</summary>
    protected abstract IEnumerable<(IReadOnlyDictionary<string, double> Scores, double Weight)> Evidence(string query, IReadOnlyList<string> candidates);

    public IReadOnlyList<string> Rank(string query, int limit)
    {
        var first = Engine.Search(query, Math.Max(limit, (int)Knob("n", 30))).Results;
        if (first.Count == 0)
            return [];
        var ids = first.Select(h => h.Id).ToList();
        var best = first.Max(h => h.Score);
        var scores = first.ToDictionary(h => h.Id, h => BaseWeight * h.Score / best, StringComparer.Ordinal);
        var multiply = Knob("fuse", "add") == "mul";
        foreach (var (evidence, weight) in Evidence(query, ids))
        {
            var top = ids.Max(id => evidence.GetValueOrDefault(id));
            if (top > 0 && weight != 0)
                foreach (var id in ids)
                    scores[id] = multiply
                        ? scores[id] * (1 + weight * evidence.GetValueOrDefault(id) / top)
                        : scores[id] + weight * evidence.GetValueOrDefault(id) / top;
            if (Knob("debug", "") is { Length: > 0 } probe && query.Contains(probe, StringComparison.Ordinal))
                foreach (var id in ids.Take(8))
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"[evidence] {id}: first {first.First(h => h.Id == id).Score / best:0.000}, evidence {evidence.GetValueOrDefault(id) / top:0.000}"));
        }
        return ids.Select((id, rank) => (Id: id, Rank: rank))
            .OrderBy(x => _unwritten.Contains(x.Id)).ThenByDescending(x => scores[x.Id]).ThenBy(x => x.Rank)
            .Take(limit).Select(x => x.Id).ToList();
    }

    protected double Knob(string name, double fallback) =>
        _knobs.TryGetValue(name, out var v) ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;

    protected string Knob(string name, string fallback) => _knobs.GetValueOrDefault(name, fallback);

    public void Dispose()
    {
        Engine.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
