using System.Diagnostics;
using System.Globalization;
using Playbooks.Benchmarks.Corpora;
using Playbooks.Benchmarks.Quality;
using Playbooks.Search;
using Playbooks.Search.Storage;

namespace Playbooks.Benchmarks.Modes;

/// <summary>
/// <c>quick</c>: Stopwatch figures in minutes rather than BenchmarkDotNet's hours. Per corpus: a full build into a
/// fresh index (playbooks/s), the cost of opening an up-to-date index (what every CLI call pays before searching),
/// and per-query latency percentiles (p50, p95, p99) over the operator queries after a warm-up, bounded by a time budget.
/// </summary>
internal static class QuickMode
{
    public static int Run(string[] args)
    {
        var options = new ModeOptions(args, "--with-100k", "--skip-build");
        var corpora = options.List("--corpora", options.Flag("--with-100k") || BenchCorpus.Include100k
            ? ["bundled", "1k", "10k", "100k"]
            : BenchCorpus.DefaultQueryCorpora).Select(BenchCorpus.Parse).ToList();
        var seconds = options.Double("--seconds", 5);
        var maxRounds = options.Int("--max-rounds", 200);
        var skipBuild = options.Flag("--skip-build");

        Console.WriteLine($"quick: {Environment.ProcessorCount} cores, .NET {Environment.Version}, load {LoadAverage()}, budget {seconds:0.#} s of queries per corpus");
        var rows = new List<string>();
        foreach (var corpus in corpora)
        {
            var folder = corpus.Ensure(Console.Out);
            var indexPath = corpus.IndexPath("quick");

            string build = "-";
            if (!skipBuild || !File.Exists(indexPath))
            {
                IndexStore.Delete(indexPath);
                var cpuStart = CpuTime.Process();
                var buildClock = Stopwatch.StartNew();
                using (var fresh = SearchEngine.Open(folder, indexPath))
                {
                    buildClock.Stop();
                    var added = fresh.LastRefresh.Added;
                    var cpu = (CpuTime.Process() - cpuStart) / 1000;
                    build = string.Create(CultureInfo.InvariantCulture,
                        $"{added:N0} in {buildClock.Elapsed.TotalSeconds:F2} s = {added / buildClock.Elapsed.TotalSeconds:N0}/s (CPU {cpu:F1} s)");
                }
            }

            var openClock = Stopwatch.StartNew();
            // PLAYBOOKS_QUALITY_WEIGHTS applies here too, so a ranking step can be timed with and without it on one build.
            using var engine = SearchEngine.Open(folder, indexPath, WeightOverrides.FromEnvironment());
            var openMs = openClock.Elapsed.TotalMilliseconds;
            if (engine.LastRefresh.Changed)
                Console.WriteLine($"  warning: {corpus} index was not up to date on reopen");

            var (latencies, cpus) = Measure(engine, seconds, maxRounds, out var rounds);
            var stats = new Percentiles(latencies);
            var cpuP50 = cpus.Count > 0 ? new Percentiles(cpus)[50] : double.NaN;
            rows.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {corpus,-7} | {engine.Count(),7:N0} | {build,-40} | {openMs,8:F1} | {stats[50],7:F2} | {stats[95],7:F2} | {stats[99],7:F2} | {stats.Max,7:F2} | {cpuP50,10:F2} | {rounds,6} |"));
            Console.WriteLine(rows[^1]);
        }

        Console.WriteLine();
        Console.WriteLine("| corpus  |    docs | full build (fresh index)                 | open ms  | p50 ms  | p95 ms  | p99 ms  | max ms  | CPU p50 ms | rounds |");
        Console.WriteLine("|---------|--------:|------------------------------------------|---------:|--------:|--------:|--------:|--------:|-----------:|-------:|");
        foreach (var row in rows)
            Console.WriteLine(row);
        Console.WriteLine($"(open ms: SearchEngine.Open on an up-to-date index in a warm process; p50/p95/p99/max: wall time of one SearchEngine.Search,");
        Console.WriteLine($" limit 5, over {OperatorQueries.Count} queries × rounds; CPU p50: CPU time of the searching thread per query, what the wall time");
        Console.WriteLine($" would be on an idle machine; build CPU: all threads. Load average at the end: {LoadAverage()})");
        return 0;
    }

    private static (List<double> Wall, List<double> Cpu) Measure(SearchEngine engine, double seconds, int maxRounds, out int rounds)
    {
        // Warm-up: JIT and tiering of the search path, SQLite page cache.
        for (var i = 0; i < 3; i++)
            foreach (var query in OperatorQueries.All)
                engine.Search(query);

        var latencies = new List<double>();
        var cpus = new List<double>();
        var budget = Stopwatch.StartNew();
        rounds = 0;
        while (rounds < maxRounds && (rounds < 3 || budget.Elapsed.TotalSeconds < seconds))
        {
            foreach (var query in OperatorQueries.All)
            {
                var cpuStart = CpuTime.CurrentThread();
                var start = Stopwatch.GetTimestamp();
                engine.Search(query);
                latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                if (CpuTime.CurrentThread() - cpuStart is { } cpu)
                    cpus.Add(cpu);
            }
            rounds++;
        }
        return (latencies, cpus);
    }

    public static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "n/a";
        }
    }
}
