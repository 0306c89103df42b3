using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using Playbooks.Benchmarks.Corpora;
using Playbooks.Search;
using Playbooks.Search.Storage;

namespace Playbooks.Benchmarks.Bdn;

/// <summary>
/// A full build into a fresh index, as the first <c>playbooks search</c> on a new knowledge base does it: read and
/// hash every file, parse, analyse, write one transaction. The Playbooks/s column is Size ÷ Mean.
/// </summary>
[Config(typeof(Config))]
public class IndexingBenchmarks
{
    private string _folder = "";
    private string _indexPath = "";

    [Params(1_000, 10_000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var corpus = BenchCorpus.Synthetic(Size);
        _folder = corpus.Ensure(Console.Out);
        _indexPath = corpus.IndexPath("build");
    }

    [IterationSetup]
    public void DeleteIndex() => IndexStore.Delete(_indexPath);

    [Benchmark]
    public int Build()
    {
        using var engine = SearchEngine.Open(_folder, _indexPath);
        return engine.LastRefresh.Added;
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // Seconds per operation: one cold build per iteration, no unrolling (IterationSetup needs that anyway).
            AddJob(Job.Default
                .WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3)
                .WithId("Build"));
            AddColumn(new PlaybooksPerSecondColumn());
        }
    }
}
