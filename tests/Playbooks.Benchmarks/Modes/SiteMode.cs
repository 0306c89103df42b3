using System.Diagnostics;
using System.Globalization;
using Playbooks.Benchmarks.Corpora;
using Playbooks.Core.KnowledgeBase;
using Playbooks.Search.Analysis;
using Playbooks.Search.Lexicons;
using Playbooks.Site.Building;

namespace Playbooks.Benchmarks.Modes;

/// <summary>
/// <c>site</c>: how long <c>playbooks site</c> takes, per corpus (default: bundled and 1k). The site needs no SQLite
/// index, so none is built or read. Two figures: whole CLI processes as a user runs them (process start, JIT, loading,
/// analysis, related lists, rendering, writing; <c>--cli</c> is a .dll or apphost, by default the Release build), and
/// in-process builds after the first, which show the steady-state cost. Also prints the sizes of the search data (the
/// single search-data.js and the chunked search/ files) and of the whole site, and, with Chromium installed, what the
/// search page transfers before its first result for the operator queries (<see cref="SiteTransfer"/>; <c>--no-transfer</c> skips it).
/// </summary>
internal static class SiteMode
{
    public static int Run(string[] args)
    {
        var options = new ModeOptions(args, "--no-transfer");
        var corpora = options.List("--corpora", ["bundled", "1k"]).Select(BenchCorpus.Parse).ToList();
        var runs = options.Int("--runs", 3);
        var cli = Path.GetFullPath(options.Value("--cli") ?? Path.Combine(RepositoryPaths.Root, "src", "Playbooks.Cli", "bin", "Release", "net10.0", "playbooks.dll"));
        if (!File.Exists(cli))
        {
            Console.Error.WriteLine($"{cli} does not exist: build it first (dotnet build src/Playbooks.Cli -c Release) or pass --cli.");
            return 2;
        }

        Console.WriteLine($"site: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {runs} runs per corpus, load {QuickMode.LoadAverage()}");
        var rows = new List<string>();
        var transfers = new List<string>();
        foreach (var corpus in corpora)
        {
            var folder = corpus.Ensure(Console.Out);
            var output = Path.Combine(BenchCorpus.CacheRoot, "site-output", corpus.Name);

            var processes = new List<double>();
            var cpus = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                var (wall, cpu) = RunCli(cli, folder, output);
                processes.Add(wall);
                if (cpu is { } ms)
                    cpus.Add(ms / 1000);
            }

            var inProcess = new List<double>();
            SiteBuildResult? result = null;
            for (var i = 0; i < runs + 1; i++)
            {
                var clock = Stopwatch.StartNew();
                var loaded = new KnowledgeBaseLoader().Load(folder);
                using var analyzer = new Analyzer(LexiconLoader.Load(folder, TextNormalizer.Shared));
                result = StaticSiteBuilder.BuildAsync(new SiteBuildRequest { KnowledgeBase = loaded, Analyzer = analyzer, OutputDirectory = output })
                    .GetAwaiter().GetResult();
                if (i > 0) // the first build in this process pays for JIT, as the CLI runs above already showed
                    inProcess.Add(clock.Elapsed.TotalSeconds);
            }

            var cliStats = new Percentiles(processes);
            var siteBytes = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
            rows.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {corpus,-7} | {result!.Playbooks,9:N0} | {result.Pages,5:N0} | {cliStats[50],9:F2} | {cliStats.Max,9:F2} | {(cpus.Count > 0 ? new Percentiles(cpus)[50] : double.NaN),9:F2} | {new Percentiles(inProcess)[50],12:F2} | {result.SearchDataBytes / 1024.0,10:N0} | {result.SearchData.ChunkedBytes / 1024.0,11:N0} | {result.SearchData.ChunkedFiles,6:N0} | {siteBytes / 1048576.0,8:N1} |"));
            Console.WriteLine(rows[^1]);
            if (!options.Flag("--no-transfer") && SiteTransfer.MeasureAsync(output, OperatorQueries.All).GetAwaiter().GetResult() is { } loads)
            {
                transfers.Add(SiteTransfer.Row(corpus.ToString(), loads));
                Console.WriteLine(transfers[^1]);
            }
        }

        Console.WriteLine();
        Console.WriteLine("| corpus  | playbooks | pages | CLI p50 s | CLI max s | CLI CPU s | in-process s | index KiB | chunks KiB | chunks | site MiB |");
        Console.WriteLine("|---------|----------:|------:|----------:|----------:|----------:|-------------:|----------:|-----------:|-------:|---------:|");
        foreach (var row in rows)
            Console.WriteLine(row);
        Console.WriteLine($"(CLI: wall time of `playbooks site` processes, and their CPU time (user + system, all threads, p50); in-process: warm builds, load + lexicon + build; index: search-data.js; chunks: the search/ files (gzip) and their number; site: every file. Load average at the end: {QuickMode.LoadAverage()})");
        if (transfers.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine(SiteTransfer.Header);
            foreach (var row in transfers)
                Console.WriteLine(row);
            Console.WriteLine(SiteTransfer.Legend);
        }
        return 0;
    }

    private static (double WallSeconds, double? CpuMs) RunCli(string cli, string folder, string output)
    {
        var isDll = cli.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        var start = new ProcessStartInfo(isDll ? "dotnet" : cli)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (isDll)
            start.ArgumentList.Add(cli);
        foreach (var arg in new[] { "site", "--playbooks", folder, "--out", output })
            start.ArgumentList.Add(arg);

        var cpuBefore = CpuTime.ExitedChildren();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        clock.Stop();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"playbooks site exited with {process.ExitCode}:\n{stderr.Result}{stdout.Result}");
        return (clock.Elapsed.TotalSeconds, CpuTime.ExitedChildren() - cpuBefore);
    }
}
