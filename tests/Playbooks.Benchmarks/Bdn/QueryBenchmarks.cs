using BenchmarkDotNet.Attributes;
using Playbooks.Benchmarks.Corpora;
using Playbooks.Search;

namespace Playbooks.Benchmarks.Bdn;

/// <summary>
/// <see cref="SearchEngine.Search"/> in-process on an index built in setup. One operation is one query; each
/// invocation runs all <see cref="OperatorQueries"/> once, so Mean is the mean over the query mix (the quick mode
/// reports per-query percentiles instead).
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class QueryBenchmarks
{
    private SearchEngine? _engine;

    [ParamsSource(nameof(Corpora))]
    public string Corpus { get; set; } = "bundled";

    public static IEnumerable<string> Corpora => BenchCorpus.DefaultQueryCorpora;

    [GlobalSetup]
    public void Setup()
    {
        var corpus = BenchCorpus.Parse(Corpus);
        _engine = SearchEngine.Open(corpus.Ensure(Console.Out), corpus.IndexPath("query"));
    }

    [Benchmark(OperationsPerInvoke = OperatorQueries.Count)]
    public int Search()
    {
        var found = 0;
        foreach (var query in OperatorQueries.All)
            found += _engine!.Search(query).Results.Count;
        return found;
    }

    [GlobalCleanup]
    public void Cleanup() => _engine?.Dispose();
}
