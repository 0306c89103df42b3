using System.Diagnostics;
using System.Globalization;
using Playbooks.Benchmarks.Corpora;

namespace Playbooks.Benchmarks.Modes;

/// <summary>
/// <c>cli-startup</c>: wall time of whole <c>playbooks search</c> processes against an up-to-date index, the way an
/// operator runs it: process start, runtime and JIT, ICU, lexicon, SQLite, freshness check, one query, output.
/// Each <c>--cli</c> (a published apphost or a .dll) is timed round-robin with the others, so builds and settings
/// can be compared in one run under the same background load.
/// </summary>
internal static class CliStartupMode
{
    public const string DefaultCli = "/tmp/pb-publish/playbooks";

    public static int Run(string[] args)
    {
        var options = new ModeOptions(args);
        var clis = options.All("--cli") is { Count: > 0 } given ? given : [DefaultCli];
        var runs = options.Int("--runs", 20);
        var corpus = BenchCorpus.Parse(options.Value("--corpus") ?? "bundled");
        var environment = options.All("--env").Select(e => e.Split('=', 2)).ToDictionary(kv => kv[0], kv => kv.Length > 1 ? kv[1] : "");

        var folder = corpus.Ensure(Console.Out);
        var indexPath = corpus.IndexPath("cli");
        Console.WriteLine($"cli-startup: corpus {corpus} ({folder}), index {indexPath}, {runs} runs per CLI, load {QuickMode.LoadAverage()}");
        foreach (var (name, value) in environment)
            Console.WriteLine($"  env {name}={value}");

        var paths = clis.Select(cli => Path.GetFullPath(cli)).ToList();
        foreach (var (cli, path) in clis.Zip(paths))
        {
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"{cli} does not exist. Publish the CLI first, for example:");
                Console.Error.WriteLine("  dotnet publish src/Playbooks.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o /tmp/pb-publish");
                return 2;
            }
            // The first call brings the index up to date (a full build the very first time); it is not timed,
            // nor is the second, which warms the page cache for this CLI's files.
            foreach (var query in OperatorQueries.All[..2])
            {
                var warm = Invoke(path, folder, indexPath, query, environment);
                if (warm.ExitCode != 0)
                {
                    Console.Error.WriteLine($"{cli} exited with {warm.ExitCode}:\n{warm.Error}");
                    return 1;
                }
            }
        }

        // Round-robin over the CLIs, so a burst of load from elsewhere on the machine hits them all alike.
        var walls = paths.Select(_ => new List<double>()).ToList();
        var cpus = paths.Select(_ => new List<double>()).ToList();
        for (var i = 0; i < runs; i++)
        {
            for (var c = 0; c < paths.Count; c++)
            {
                var result = Invoke(paths[c], folder, indexPath, OperatorQueries.All[i % OperatorQueries.Count], environment);
                if (result.ExitCode != 0)
                    throw new InvalidOperationException($"{clis[c]} failed on run {i + 1}: {result.Error}");
                if (result.Error.Contains("提示", StringComparison.Ordinal))
                    Console.WriteLine($"  note: {clis[c]} run {i + 1} refreshed the index: {result.Error.Trim()}");
                walls[c].Add(result.WallMs);
                if (result.CpuMs is { } cpu)
                    cpus[c].Add(cpu);
            }
        }

        var rows = new List<string>();
        for (var c = 0; c < paths.Count; c++)
        {
            var stats = new Percentiles(walls[c]);
            var cpu = cpus[c].Count > 0 ? new Percentiles(cpus[c])[50] : double.NaN;
            rows.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {clis[c],-40} | {ReadyToRunCheck.Describe(paths[c]),3} | {stats[50],6:F0} | {stats[90],6:F0} | {stats.Min,6:F0} | {stats.Max,6:F0} | {cpu,10:F0} |"));
        }

        Console.WriteLine();
        Console.WriteLine($"| {"CLI",-40} | R2R | p50 ms | p90 ms | min ms | max ms | CPU p50 ms |");
        Console.WriteLine($"|{new string('-', 42)}|:---:|-------:|-------:|-------:|-------:|-----------:|");
        foreach (var row in rows)
            Console.WriteLine(row);
        Console.WriteLine($"(R2R: whether the playbooks.dll run carries ReadyToRun code, AOT for the native front door; wall: process start to exit as seen by this program; CPU: user + system time of the process, all threads; load average at the end: {QuickMode.LoadAverage()})");
        return 0;
    }

    private sealed record Result(int ExitCode, double WallMs, double? CpuMs, string Error);

    private static Result Invoke(string cli, string folder, string indexPath, string query, IReadOnlyDictionary<string, string> environment)
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
        foreach (var arg in new[] { "search", "--playbooks", folder, query })
            start.ArgumentList.Add(arg);
        start.Environment["PLAYBOOKS_INDEX"] = indexPath;
        foreach (var (name, value) in environment)
            start.Environment[name] = value;

        var cpuBefore = CpuTime.ExitedChildren();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        clock.Stop();
        _ = output.Result;
        return new Result(process.ExitCode, clock.Elapsed.TotalMilliseconds, CpuTime.ExitedChildren() - cpuBefore, error.Result);
    }
}
