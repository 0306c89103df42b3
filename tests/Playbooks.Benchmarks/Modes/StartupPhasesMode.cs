using System.Diagnostics;
using System.Globalization;
using Playbooks.Benchmarks.Corpora;
using Playbooks.Core.Parsing;
using Playbooks.Search;
using Playbooks.Search.Analysis;
using Playbooks.Search.Indexing;
using Playbooks.Search.Lexicons;
using Playbooks.Search.Querying;
using Playbooks.Search.Storage;

namespace Playbooks.Benchmarks.Modes;

/// <summary>
/// <c>startup-phases</c>: where a cold search process spends its time. Starts this program N times as a child that
/// performs the steps of <c>SearchEngine.Open</c> + one search one by one, timing each in its own fresh process, and
/// prints each phase's median. The child runs this (JIT-compiled) assembly, so JIT shares are larger than in a
/// ReadyToRun-published CLI; compare with <c>cli-startup</c> for the whole-process figure.
/// </summary>
internal static class StartupPhasesMode
{
    private const string ChildFlag = "--child";

    public static int Run(string[] args)
    {
        if (args.Contains(ChildFlag))
            return Child(args);

        var options = new ModeOptions(args);
        var runs = options.Int("--runs", 15);
        var corpus = BenchCorpus.Parse(options.Value("--corpus") ?? "bundled");
        var folder = corpus.Ensure(Console.Out);
        var indexPath = corpus.IndexPath("phases");
        using (var engine = Search.SearchEngine.Open(folder, indexPath)) { } // bring the index up to date once

        var samples = new Dictionary<string, List<double[]>>(StringComparer.Ordinal);
        var order = new List<string>();
        for (var i = 0; i < runs; i++)
        {
            var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
            // Under `dotnet Playbooks.Benchmarks.dll` the process path is the muxer: pass the assembly on.
            if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
                start.ArgumentList.Add(typeof(StartupPhasesMode).Assembly.Location);
            foreach (var arg in new[] { "startup-phases", ChildFlag, folder, indexPath, OperatorQueries.All[i % OperatorQueries.Count] })
                start.ArgumentList.Add(arg);
            var wall = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            var wallMs = wall.Elapsed.TotalMilliseconds;
            foreach (var (name, ms) in Parse(output).Append(("whole process", [wallMs, double.NaN, double.NaN, double.NaN])))
            {
                if (!samples.TryGetValue(name, out var list))
                {
                    samples[name] = list = [];
                    order.Add(name);
                }
                list.Add(ms);
            }
        }

        Console.WriteLine($"startup-phases: corpus {corpus}, {runs} fresh processes, load {QuickMode.LoadAverage()}");
        Console.WriteLine("| phase                              | wall p50 ms | wall min ms | CPU p50 ms | JIT ms p50 | methods JIT-compiled |");
        Console.WriteLine("|------------------------------------|------------:|------------:|-----------:|-----------:|---------------------:|");
        foreach (var name in order)
        {
            var column = (int i) => new Percentiles(samples[name].Select(s => s[i]));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name,-34} | {column(0)[50],11:F1} | {column(0).Min,11:F1} | {column(1)[50],10:F1} | {column(2)[50],10:F1} | {column(3)[50],20:F0} |"));
        }
        Console.WriteLine("(CPU: user + system time of the process during the phase, all threads; JIT: time spent compiling methods;");
        Console.WriteLine(" the first row counts everything before Main; \"whole process\" is wall time seen by the parent)");
        return 0;
    }

    /// <summary>Child lines are "phase \t wall ms \t CPU ms \t JIT ms \t methods compiled".</summary>
    private static IEnumerable<(string Name, double[] Values)> Parse(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t'))
            .Where(parts => parts.Length == 5)
            .Select(parts => (parts[0], parts[1..].Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray()));

    private static int Child(string[] args)
    {
        var sinceStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
        var rest = args.SkipWhile(a => a != ChildFlag).Skip(1).ToArray();
        var (folder, indexPath, query) = (rest[0], rest[1], rest[2]);
        var clock = Stopwatch.StartNew();

        void Phase(string name, Action action)
        {
            var start = clock.Elapsed;
            var cpuStart = CpuTime.Process() ?? double.NaN;
            var jitStart = System.Runtime.JitInfo.GetCompilationTime();
            var methodsStart = System.Runtime.JitInfo.GetCompiledMethodCount();
            action();
            var jit = System.Runtime.JitInfo.GetCompilationTime() - jitStart;
            var methods = System.Runtime.JitInfo.GetCompiledMethodCount() - methodsStart;
            var cpu = (CpuTime.Process() ?? double.NaN) - cpuStart;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}\t{(clock.Elapsed - start).TotalMilliseconds:F2}\t{cpu:F2}\t{jit.TotalMilliseconds:F2}\t{methods}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"process start → Main (10 ms ticks)\t{sinceStart.TotalMilliseconds:F2}\t{CpuTime.Process() ?? double.NaN:F2}\t{System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F2}\t{System.Runtime.JitInfo.GetCompiledMethodCount()}"));
        Lexicon? lexicon = null;
        Analyzer? analyzer = null;
        IndexStore? store = null;
        Searcher? searcher = null;
        Phase("ICU found and bound directly (no icu.net)", () => _ = IcuBreakFunctions.Load());
        Phase("TextNormalizer (T→S table)", () => _ = TextNormalizer.Shared);
        Phase("lexicon load", () => lexicon = LexiconLoader.Load(folder, TextNormalizer.Shared));
        Phase("analyzer + first analysis", () => { analyzer = new Analyzer(lexicon!); analyzer.Analyze(query); });
        Phase("SQLite open + schema check", () => store = IndexStore.Open(indexPath));
        Phase("freshness check (stat; hash if changed)", () => new IndexRefresher(analyzer!, new PlaybookParser()).Refresh(folder, store!));
        Phase("first search", () => { searcher = new Searcher(store!, analyzer!); searcher.Search(query); });
        Phase("second search", () => searcher!.Search(OperatorQueries.All[^1]));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"total in Main\t{clock.Elapsed.TotalMilliseconds:F2}\t{CpuTime.Process() ?? double.NaN:F2}\t{System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F2}\t{System.Runtime.JitInfo.GetCompiledMethodCount()}"));
        store!.Dispose();
        analyzer!.Dispose();
        return 0;
    }
}
