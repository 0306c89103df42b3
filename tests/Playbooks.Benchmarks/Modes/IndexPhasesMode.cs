using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Playbooks.Benchmarks.Corpora;
using Playbooks.Core.Parsing;
using Playbooks.Search;
using Playbooks.Search.Analysis;
using Playbooks.Search.Documents;
using Playbooks.Search.Indexing;
using Playbooks.Search.Lexicons;
using Playbooks.Search.Postings;
using Playbooks.Search.Storage;
using Playbooks.Search.Vocabulary;

namespace Playbooks.Benchmarks.Modes;

/// <summary>
/// <c>index-phases</c>: where a full build's time goes, one phase at a time (process CPU time, so the
/// figures hold on a shared machine): reading and hashing, parsing, field extraction, each analysis stage, learning
/// the vocabulary; then the whole analysis on 1 and 2 threads (wall and process CPU) to show how it scales, and whole
/// builds into a fresh index (the first of them pays for JIT).
/// </summary>
internal static class IndexPhasesMode
{
    public static int Run(string[] args)
    {
        var options = new ModeOptions(args, "--builds-only", "--parse-only", "--allocations", "--timeline", "--gc-log");
        var corpus = BenchCorpus.Parse(options.Value("--corpus") ?? "1k");
        var runs = options.Int("--runs", 3);
        var folder = corpus.Ensure(Console.Out);
        var files = Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}lexicon{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
        Console.WriteLine($"index-phases: {corpus} ({files.Count:N0} files), {Environment.ProcessorCount} cores, load {QuickMode.LoadAverage()}, best of {runs}");

        var parser = new PlaybookParser();
        var analyzer = new Analyzer(LexiconLoader.Load(folder, TextNormalizer.Shared));
        var segmenter = new IcuWordSegmenter();
        byte[][] bytes = [];
        List<StoredPlaybook> stored = [];
        List<string> texts = [];
        var characters = 0L;
        Analyzer? learned = null;
        SegmentationCache? cache = null;
        (long Lookups, long Hits) learnedPass = default;

        var phases = new List<(string Name, Action Body)>
        {
            ("read + hash", () => bytes = files.Select(f => { var b = File.ReadAllBytes(f); SHA256.HashData(b); return b; }).ToArray()),
            ("parse", () => _ = bytes.Select((b, i) => parser.Parse(files[i], b)).ToList()),
            ("parse + extract fields", () => stored = bytes.Select((b, i) => FieldExtractor.Extract(parser.Parse(files[i], b).Playbook!, files[i])).ToList()),
            ("normalise", () => texts.ForEach(t => TextNormalizer.Shared.Normalize(t))),
            ("normalise + ICU word break", () => texts.ForEach(t => segmenter.Segment(TextNormalizer.Shared.Normalize(t)))),
            ("analyse (files' lexicon)", () => stored.ForEach(s => DocumentAnalysis.Of(s, analyzer))),
            ("learn vocabulary", () => { learned?.Dispose(); learned = VocabularyLearner.AnalyzerFor(stored, analyzer); }),
            ("analyse (learned words)", () => stored.ForEach(s => DocumentAnalysis.Of(s, learned!))),
            ("learn + analyse, one segmentation cache", () =>
            {
                cache = new SegmentationCache();
                using var learner = new Analyzer(analyzer.Lexicon, analyzer.Normalizer, cache);
                using var withWords = VocabularyLearner.AnalyzerFor(stored, learner);
                learnedPass = cache.Counts;
                // As a build counts them: by the writer's term numbers, one set of counters per thread.
                TermIds wordIds = new(), gramIds = new();
                using var counters = new ThreadLocal<TermCounters>(() => new TermCounters(wordIds, gramIds));
                stored.AsParallel().ForAll(s => DocumentAnalysis.IndexedOf(s, withWords, counters.Value!));
            }),
        };
        // --parse-only: reading, parsing and field extraction alone, each run --runs times on warm code (the best CPU and the
        // last run's allocation are reported), and nothing after them.
        var parseOnly = options.Flag("--parse-only");
        if (parseOnly)
            phases = phases[..3];
        // --allocations: which types each phase's last run and the last build allocate (the runtime's allocation sample; it
        // costs those runs some CPU).
        using var sampler = options.Flag("--allocations") ? new AllocationSampler() : null;
        // --builds-only: just the whole builds below (for comparing runtime settings such as DOTNET_gcServer).
        if (!options.Flag("--builds-only"))
        {
            Console.WriteLine("| phase | process CPU ms | per playbook µs | per 1 000 characters µs | allocated per playbook KB |");
            Console.WriteLine("|---|---:|---:|---:|---:|");
            foreach (var (name, body) in phases)
            {
                var best = double.MaxValue;
                var allocated = 0L;
                for (var run = 0; run < runs; run++)
                {
                    if (run == runs - 1)
                        sampler?.Start();
                    var start = CpuTime.Process() ?? 0;
                    var bytesBefore = GC.GetTotalAllocatedBytes(precise: true);
                    body();
                    best = Math.Min(best, (CpuTime.Process() ?? 0) - start);
                    allocated = GC.GetTotalAllocatedBytes(precise: true) - bytesBefore;
                    sampler?.Stop();
                }
                if (texts.Count == 0 && stored.Count > 0)
                {
                    texts = stored.SelectMany(s => s.Fields.Values).ToList();
                    characters = texts.Sum(t => (long)t.Length);
                }
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | {best:F0} | {best * 1000 / files.Count:F0} | {(characters > 0 ? best * 1e6 / characters : double.NaN):F0} | {allocated / 1024.0 / files.Count:F0} |"));
                if (sampler is not null)
                    Console.WriteLine($"| (sampled: {string.Join(", ", sampler.Take().Take(parseOnly ? 16 : 6).Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Type} {t.Bytes / 1e6:F0} MB")))}) | | | | |");
            }
            Console.WriteLine($"(fields' characters: {characters:N0}, {characters / (double)files.Count:F0} per playbook)");
            if (parseOnly)
                return 0;
            var all = cache!.Counts;
            // Learning sees each piece of text first, so its hits are text repeated across playbooks (synthetic corpora,
            // recombined from a few dozen playbooks, repeat far more than a real knowledge base); analysis then finds what
            // learning kept.
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"(segmentation cache: learning found {learnedPass.Hits:N0} of {learnedPass.Lookups:N0} pieces ({100.0 * learnedPass.Hits / Math.Max(1, learnedPass.Lookups):F1} %, so {100.0 - 100.0 * learnedPass.Hits / Math.Max(1, learnedPass.Lookups):F1} % did not repeat); analysis found {all.Hits - learnedPass.Hits:N0} of {all.Lookups - learnedPass.Lookups:N0})"));

            Console.WriteLine();
            Console.WriteLine("| analyse every playbook, threads | wall ms | process CPU ms | playbooks/s (wall) |");
            Console.WriteLine("|---|---:|---:|---:|");
            foreach (var threads in new[] { 1, 2 })
            {
                var bestWall = double.MaxValue;
                var bestCpu = double.MaxValue;
                for (var run = 0; run < runs; run++)
                {
                    var cpu = CpuTime.Process() ?? 0;
                    var clock = Stopwatch.StartNew();
                    stored.AsParallel().WithDegreeOfParallelism(threads).ForAll(s => DocumentAnalysis.Of(s, learned!));
                    bestWall = Math.Min(bestWall, clock.Elapsed.TotalMilliseconds);
                    bestCpu = Math.Min(bestCpu, (CpuTime.Process() ?? 0) - cpu);
                }
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {threads} | {bestWall:F0} | {bestCpu:F0} | {files.Count / bestWall * 1000:N0} |"));
            }
        }

        // The whole first index as `playbooks search` builds it (read, hash, parse, learn, analyse, write one transaction).
        var indexPath = corpus.IndexPath("phases");
        var builds = new List<(double Wall, double Cpu, double GcPause, int Gen0, int Gen1, int Gen2, double AllocatedMb)>();
        // --gc-latency batch|sustained|interactive|low: the collector's latency mode for the builds (a setting a build could
        // take for its own length, unlike the runtime's configuration, which every command shares).
        var latency = options.Value("--gc-latency") switch
        {
            null => System.Runtime.GCSettings.LatencyMode,
            "batch" => System.Runtime.GCLatencyMode.Batch,
            "sustained" => System.Runtime.GCLatencyMode.SustainedLowLatency,
            "interactive" => System.Runtime.GCLatencyMode.Interactive,
            "low" => System.Runtime.GCLatencyMode.LowLatency,
            var other => throw new ArgumentException($"--gc-latency {other}: batch, sustained, interactive or low"),
        };
        var defaultLatency = System.Runtime.GCSettings.LatencyMode;
        // --timeline: which stage of the last build runs when, on how many cores (BuildTimeline).
        BuildTimeline? timeline = null;
        // --gc-log: every collection of the last build (GcLog).
        using var gcLog = options.Flag("--gc-log") ? new GcLog() : null;
        for (var run = 0; run < runs; run++)
        {
            if (run == runs - 1 && options.Flag("--timeline"))
                timeline = new BuildTimeline();
            if (run == runs - 1)
            {
                sampler?.Start();
                gcLog?.Start();
            }
            System.Runtime.GCSettings.LatencyMode = latency;
            IndexStore.Delete(indexPath);
            var cpu = CpuTime.Process() ?? 0;
            var pause = GC.GetTotalPauseDuration();
            var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            using (SearchEngine.Open(folder, indexPath, progress: timeline))
                builds.Add((clock.Elapsed.TotalMilliseconds, (CpuTime.Process() ?? 0) - cpu,
                    (GC.GetTotalPauseDuration() - pause).TotalMilliseconds,
                    GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1, GC.CollectionCount(2) - gen2,
                    (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6));
            sampler?.Stop();
            gcLog?.Stop();
            System.Runtime.GCSettings.LatencyMode = defaultLatency;
        }
        IndexStore.Delete(indexPath);
        Console.WriteLine();
        // GC pause: time the runtime had every managed thread stopped for a collection (its share of the wall time);
        // allocated: bytes the build allocated on the managed heap (what the collector then has to sweep).
        Console.WriteLine($"| full build into a fresh index, run | wall ms | process CPU ms | playbooks/s (wall) | playbooks/s per CPU second | GC pause ms | GCs (gen0+, gen1+, gen2) | allocated MB |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (var run = 0; run < builds.Count; run++)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {run + 1} | {builds[run].Wall:F0} | {builds[run].Cpu:F0} | {files.Count / builds[run].Wall * 1000:N0} | {files.Count / builds[run].Cpu * 1000:N0} | {builds[run].GcPause:F0} | {builds[run].Gen0}, {builds[run].Gen1}, {builds[run].Gen2} | {builds[run].AllocatedMb:F0} |"));
        Console.WriteLine($"(load average at the end: {QuickMode.LoadAverage()}; {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC, {(defaultLatency == System.Runtime.GCLatencyMode.Batch ? "no background GC" : "background GC")}, latency mode {latency})");
        timeline?.Print(Console.Out);
        timeline?.Dispose();
        gcLog?.Print(Console.Out);
        if (sampler is not null)
        {
            var types = sampler.Take();
            var total = Math.Max(1, types.Sum(t => t.Bytes));
            Console.WriteLine();
            Console.WriteLine("| type allocated in the last build (sampled) | samples | MB | share |");
            Console.WriteLine("|---|---:|---:|---:|");
            foreach (var (type, samples, sampled) in types.Take(30))
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {type} | {samples} | {sampled / 1e6:F0} | {100.0 * sampled / total:F1} % |"));
        }
        learned?.Dispose();
        return 0;
    }
}
