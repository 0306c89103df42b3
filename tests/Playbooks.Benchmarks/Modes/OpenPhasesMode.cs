using System.Diagnostics;
using System.Globalization;
using Playbooks.Benchmarks.Corpora;
using Playbooks.Core.KnowledgeBase;
using Playbooks.Core.Parsing;
using Playbooks.Search.Analysis;
using Playbooks.Search.Indexing;
using Playbooks.Search.Lexicons;
using Playbooks.Search.Storage;

namespace Playbooks.Benchmarks.Modes;

/// <summary>
/// <c>open-phases</c>: the freshness check of an up-to-date index in a warm process (JIT done), step by step: reading
/// the stored rows (what the check reads when the kept stamps are missing or stale), reading the kept stamps, listing
/// the folders on one thread and in parallel, and the whole check. <c>startup-phases</c> shows the same check cold.
/// </summary>
internal static class OpenPhasesMode
{
    public static int Run(string[] args)
    {
        var options = new ModeOptions(args);
        var runs = options.Int("--runs", 5);
        var corpus = BenchCorpus.Parse(options.Value("--corpus") ?? "bundled");
        var folder = corpus.Ensure(Console.Out);
        var indexPath = corpus.IndexPath("phases");
        using (var engine = Search.SearchEngine.Open(folder, indexPath)) { } // up to date, and JIT-compiled once

        using var analyzer = new Analyzer(LexiconLoader.Load(folder, TextNormalizer.Shared));
        using var store = IndexStore.Open(indexPath);
        var phases = new (string Name, Action Step)[]
        {
            ("read stored rows (ReadState)", () => store.ReadState(IndexRefresher.LexiconMetaKey)),
            ("read kept stamps blob (ReadStamps)", () => store.ReadStamps(IndexRefresher.LexiconMetaKey)),
            ("list folders (PlaybookFiles.Scan)", () => PlaybookFiles.Scan(folder)),
            ("list folders in parallel", () => PlaybookFiles.Scan(folder, parallel: true)),
            ("whole freshness check (Refresh)", () => new IndexRefresher(analyzer, new PlaybookParser()).Refresh(folder, store)),
        };
        var samples = phases.ToDictionary(p => p.Name, _ => (Wall: new List<double>(), Cpu: new List<double>()));
        for (var i = 0; i < runs; i++)
            foreach (var (name, step) in phases)
            {
                var cpu = CpuTime.Process() ?? double.NaN;
                var wall = Stopwatch.StartNew();
                step();
                samples[name].Wall.Add(wall.Elapsed.TotalMilliseconds);
                samples[name].Cpu.Add((CpuTime.Process() ?? double.NaN) - cpu);
            }

        Console.WriteLine($"open-phases: corpus {corpus}, warm process, {runs} runs, load {QuickMode.LoadAverage()}");
        Console.WriteLine("| step                               | wall p50 ms | wall min ms | CPU p50 ms (all threads) |");
        Console.WriteLine("|------------------------------------|------------:|------------:|-------------------------:|");
        foreach (var (name, (wall, cpu)) in samples)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name,-34} | {new Percentiles(wall)[50],11:F1} | {new Percentiles(wall).Min,11:F1} | {new Percentiles(cpu)[50],24:F1} |"));
        return 0;
    }
}
