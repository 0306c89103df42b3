using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Playbooks.Benchmarks.Corpora;
using Playbooks.Benchmarks.ServeLoad;
using Playbooks.Tests.Shared;

namespace Playbooks.Benchmarks.Modes;

/// <summary>
/// <c>serve-load</c>: <c>playbooks serve</c> in its own process on 127.0.0.1, loaded by <c>wrk</c> from another process
/// while a playbook is saved every second (issue #17, goal 5). Prints requests/s, latency p50/p99, errors, and the
/// server's CPU per request, measured apart from the load generator's, for repeated queries and for all-distinct ones.
/// </summary>
internal static class ServeLoadMode
{
    public static async Task<int> Run(string[] args)
    {
        var options = new ModeOptions(args);
        var cli = Path.GetFullPath(options.Value("--cli")
            ?? Path.Combine(RepositoryPaths.Root, "src", "Playbooks.Cli", "bin", "Release", "net10.0", "playbooks.dll"));
        var seconds = options.Int("--seconds", 20);
        var warmUp = options.Int("--warmup", 30);
        var connections = options.Int("--connections", 16);
        var threads = options.Int("--threads", 1);
        var runs = options.Int("--runs", 1);
        var workloads = options.List("--queries", ["distinct", "repeated"]);
        var environment = options.All("--env").Select(e => e.Split('=', 2)).ToDictionary(kv => kv[0], kv => kv.Length > 1 ? kv[1] : "");
        if (seconds is < 1 or > 300 || warmUp is < 0 or > 120 || connections is < 1 or > 256 || threads < 1 || runs is < 1 or > 10
            || workloads.Any(w => w is not ("distinct" or "repeated")))
        {
            Console.Error.WriteLine("serve-load: --seconds 1–300, --warmup 0–120, --connections 1–256, --runs 1–10, --queries distinct,repeated");
            return 2;
        }
        if (!File.Exists(cli))
        {
            Console.Error.WriteLine($"{cli} does not exist: build the CLI first (dotnet build src/Playbooks.Cli -c Release) or name one with --cli.");
            return 2;
        }
        if (!WrkRun.Available())
        {
            Console.Error.WriteLine("serve-load needs wrk, the HTTP load generator: apt-get install wrk");
            return 2;
        }

        // A copy of the bundled knowledge base, since the run edits it; its index is built by the server at start.
        var work = Path.Combine(Path.GetTempPath(), $"playbooks-serve-load-{Environment.ProcessId}");
        var knowledgeBase = Path.Combine(work, "playbooks");
        FolderCopy.Copy(RepositoryPaths.BundledPlaybooks, knowledgeBase);
        Console.WriteLine($"serve-load: {cli}, bundled knowledge base, {connections} connections on {threads} wrk thread(s), " +
            $"{warmUp} s warm-up, {seconds} s per run, a playbook saved every second, {Environment.ProcessorCount} cores");
        foreach (var (name, value) in environment)
            Console.WriteLine($"  server env {name}={value}");
        try
        {
            using var server = await ServedProcess.StartAsync(cli, knowledgeBase, Path.Combine(work, "serve.log"), environment);
            // Not counted: the first requests JIT-compile the request path, and tiered compilation keeps recompiling hot
            // methods for a while under load (still ~5% of the server's CPU after 10 s here, none after 30 s).
            if (warmUp > 0)
                WrkRun.Run(server.BaseAddress, TimeSpan.FromSeconds(warmUp), connections, threads, distinct: false, work);

            Console.WriteLine();
            Console.WriteLine("| queries | requests/s | p50 ms | p99 ms | errors | server CPU ms/request | wrk CPU ms/request | saves | reloads | load before → after |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
            for (var run = 0; run < runs; run++)
            {
                foreach (var workload in workloads)
                {
                    var loadBefore = QuickMode.LoadAverage();
                    var reloadsBefore = await Reloads(server.BaseAddress);
                    var cpuBefore = server.CpuMilliseconds();
                    WrkRun.Result result;
                    int saves;
                    await using (var editor = new PlaybookEditor(knowledgeBase))
                    {
                        editor.Start();
                        result = WrkRun.Run(server.BaseAddress, TimeSpan.FromSeconds(seconds), connections, threads, workload == "distinct", work);
                        saves = editor.Saves;
                    }
                    var serverCpu = server.CpuMilliseconds() - cpuBefore;
                    var reloads = await Reloads(server.BaseAddress) - reloadsBefore;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"| {workload} | {result.PerSecond:0} | {result.P50Ms:0.00} | {result.P99Ms:0.00} | {result.Errors} | " +
                        $"{serverCpu / result.Requests:0.000} | {result.WrkCpuMs / result.Requests:0.000} | {saves} | {reloads} | {loadBefore} → {QuickMode.LoadAverage()} |"));
                }
            }
            Console.WriteLine();
            Console.WriteLine("(server CPU: user + system time of the serve process over the run, all threads, divided by the requests wrk completed;" +
                " wrk CPU likewise for the load generator; latencies as wrk measures them, request sent to response read)");
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task<long> Reloads(Uri server)
    {
        using var client = new HttpClient { BaseAddress = server };
        var health = await client.GetFromJsonAsync<JsonElement>("/healthz");
        return health.GetProperty("reloads").GetInt64();
    }
}
