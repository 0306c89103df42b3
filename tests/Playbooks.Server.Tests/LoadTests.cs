using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Playbooks.Server.Tests.Support;

namespace Playbooks.Server.Tests;

/// <summary>
/// A bounded load test on loopback: 16 concurrent clients searching for 20 s (after a warm-up) while a playbook is saved
/// every second and the lexicon changes once. Asserts only that nothing fails; the throughput and latencies are printed for the README.
/// Runs alone (its own collection, parallelisation off) so it neither slows nor is slowed by the timed tests.
/// </summary>
[Collection(nameof(LoadTests))]
public sealed class LoadTests
{
    private const int Clients = 16;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(20);

    /// <summary>Requests before this are not counted: a just-started server is still JIT-compiling its hot paths.</summary>
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(2);

    private static readonly string[] Queries =
    [
        "群里突然有人冒充助教发名片拉人", "直播突然没声了", "服务器崩了", "羊毛党批量注册小号薅券",
        "价格填错被抢爆", "退费申请集中涌来", "小红书负面帖子发酵", "群里有人吵架骂人",
    ];

    [Fact]
    public async Task Answers_every_request_while_files_are_edited_every_second()
    {
        await using var server = await TestServer.StartAsync();
        var latencies = new ConcurrentBag<double>();
        var failures = new ConcurrentBag<string>();
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = Clients };
        using var client = new HttpClient(handler) { BaseAddress = server.BaseAddress };
        var warmUp = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async worker =>
        {
            for (var i = worker; warmUp.Elapsed < WarmUp; i++)
                (await client.GetAsync($"/api/search?q={Uri.EscapeDataString(Queries[i % Queries.Length])}")).Dispose();
        }));
        var stop = Stopwatch.StartNew();
        var reloaded = false;

        async Task Run(int worker)
        {
            // Until the duration has passed and the reload has finished, so the reload always overlaps the load.
            for (var i = worker; (stop.Elapsed < Duration || !Volatile.Read(ref reloaded)) && stop.Elapsed < Duration * 5; i++)
            {
                var query = Queries[i % Queries.Length];
                var watch = Stopwatch.StartNew();
                try
                {
                    using var response = await client.GetAsync($"/api/search?q={Uri.EscapeDataString(query)}");
                    await response.Content.ReadAsByteArrayAsync();
                    if (response.StatusCode != HttpStatusCode.OK)
                        failures.Add($"{query}: {(int)response.StatusCode}");
                }
                catch (Exception ex)
                {
                    failures.Add($"{query}: {ex.GetType().Name} {ex.Message}");
                }
                latencies.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        // A playbook saved every second (issue #17: the server keeps its rate while files are edited), and once, a third
        // of the way in, a lexicon change that re-indexes everything.
        var edits = 0;
        async Task EditEverySecond()
        {
            var file = Path.Combine(server.KnowledgeBase, "community", "bot-flood.md");
            var original = await File.ReadAllTextAsync(file);
            var before = server.Live.Reloads;
            var lexiconChanged = false;
            while (stop.Elapsed < Duration)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
                edits++;
                await File.WriteAllTextAsync(file, edits % 2 == 1 ? original.Replace("僵尸号", "僵尸号, 水军号") : original);
                if (!lexiconChanged && stop.Elapsed >= Duration / 3)
                {
                    await File.AppendAllTextAsync(Path.Combine(server.KnowledgeBase, "lexicon", "words.txt"), "\n水军号\n");
                    lexiconChanged = true;
                }
            }
            await Eventually.WithinAsync(Duration * 4, () => Task.FromResult(server.Live.Reloads > before));
            Volatile.Write(ref reloaded, true);
        }

        var editing = EditEverySecond();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(Run));
        await editing;

        var sorted = latencies.OrderBy(x => x).ToArray();
        var throughput = sorted.Length / stop.Elapsed.TotalSeconds;
        var report = $"load: {Clients} clients, {stop.Elapsed.TotalSeconds:0.0} s, {sorted.Length} requests, {throughput:0} req/s, " +
            $"p50 {Percentile(sorted, 0.50):0.0} ms, p99 {Percentile(sorted, 0.99):0.0} ms, edits {edits}, reloads {server.Live.Reloads} " +
            $"(last took {server.Live.LastReloadTook.TotalMilliseconds:0} ms), errors {failures.Count}, load average {LoadAverage()}";
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        Console.WriteLine(report);

        Assert.Empty(failures);
        Assert.True(server.Live.Reloads > 0, "the reload in the middle never happened");
        Assert.Null(server.Live.LastError);
    }

    /// <summary>The machine's 1-minute load average, printed beside the figures: a shared 2-core machine moves them a lot.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}

[CollectionDefinition(nameof(LoadTests), DisableParallelization = true)]
public sealed class LoadTestsCollection;
