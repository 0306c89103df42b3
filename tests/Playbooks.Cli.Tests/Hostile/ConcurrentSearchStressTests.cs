using System.Diagnostics;
using System.Text.Json;
using Playbooks.Cli.Tests.Support;

namespace Playbooks.Cli.Tests.Hostile;

/// <summary>
/// Operators search at the same moment during an incident while someone edits playbooks and the lexicon. Four real
/// <c>playbooks search</c> processes run back to back against one knowledge base (one index file) while this process
/// appends to playbooks and rewrites the lexicon (which forces full rebuilds). Every search must exit 0 and answer
/// from a complete index (the file's, or the in-memory fallback when the lock stays busy past its timeout). Bounded: each searcher runs at least <see cref="MinRunsPerSearcher"/> times (however loaded the
/// machine), then until <see cref="SearchFor"/> has passed, at most <see cref="MaxRunsPerSearcher"/> times. Run it alone
/// with <c>--filter Category=Stress</c>.
/// </summary>
[Trait("Category", "Stress")]
public sealed class ConcurrentSearchStressTests : IDisposable
{
    private const int Searchers = 4;
    private const int MinRunsPerSearcher = 3;
    private const int MaxRunsPerSearcher = 25;
    private const int Playbooks = 12;
    private static readonly TimeSpan SearchFor = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromSeconds(120); // a search under heavy CI load can take tens of seconds

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private sealed record Run(int ExitCode, string Query, string Out, string Error);

    [Fact]
    public async Task Four_search_processes_during_playbook_and_lexicon_edits_all_succeed_on_a_complete_index()
    {
        var kb = _temp.CreateDirectory("kb");
        for (var i = 0; i < Playbooks - 1; i++)
            _temp.Write($"kb/community/case-{i:00}.md", SamplePlaybooks.Valid($"case-{i:00}", $"第{i}号群刷屏事件"));
        _temp.Write("kb/community/fake-teacher.md", SamplePlaybooks.Valid("fake-teacher", "有人冒充助教拉人进群"));
        _temp.Write("kb/lexicon/words.txt", "刷屏\n");
        Assert.Equal(0, (await RunCli(kb, "刷屏")).ExitCode); // the first build is timed apart from the race

        var clock = Stopwatch.StartNew();
        using var editing = new CancellationTokenSource();
        var editor = Task.Run(() => Edit(kb, editing.Token));
        var searchers = Enumerable.Range(0, Searchers).Select(n => Task.Run(async () =>
        {
            var runs = new List<Run>();
            // Alternate a query every playbook matches (counts the index) with one only fake-teacher matches.
            for (var i = 0; i < MaxRunsPerSearcher && (i < MinRunsPerSearcher || clock.Elapsed < SearchFor); i++)
                runs.Add(await RunCli(kb, (n + i) % 2 == 0 ? "刷屏" : "冒充助教"));
            return runs;
        })).ToList();
        var runs = (await Task.WhenAll(searchers)).SelectMany(r => r).ToList();
        editing.Cancel();
        var edits = await editor;

        TestContext.Current.TestOutputHelper?.WriteLine($"{runs.Count} searches in {Searchers} processes and {edits} edits in {clock.Elapsed.TotalSeconds:F1} s");
        Assert.True(edits >= MinRunsPerSearcher, $"only {edits} edits were made during the searches");
        foreach (var run in runs)
        {
            Assert.True(run.ExitCode == 0, $"exit {run.ExitCode} for “{run.Query}”:\n{run.Error}");
            // Waiting on the lock usually suffices. On a saturated machine (load ~50 on 2 cores) one search once waited
            // out SQLite's 30 s busy timeout and fell back to an in-memory index, as designed: that is allowed here, but
            // only with the explanation users get, and its answers are checked like the others.
            if (run.Error.Contains("内存", StringComparison.Ordinal))
                Assert.Contains("本次改用内存中的临时索引，检索结果不受影响", run.Error, StringComparison.Ordinal);
            var ids = ResultIds(run.Out);
            if (run.Query == "刷屏")
                Assert.Equal(Playbooks, ids.Count);
            else
                Assert.Equal("fake-teacher", ids[0]);
        }
    }

    /// <summary>Appends to playbooks and every third time changes the lexicon, until stopped; returns how many edits it made.</summary>
    private int Edit(string kb, CancellationToken stop)
    {
        var edits = 0;
        while (!stop.IsCancellationRequested)
        {
            File.AppendAllText(Path.Combine(kb, "community", $"case-{edits % (Playbooks - 1):00}.md"), $"\n第 {edits} 次补充：群里又有人刷屏。\n");
            if (edits % 3 == 0)
                File.WriteAllText(Path.Combine(kb, "lexicon", "words.txt"), edits % 2 == 0 ? "刷屏\n助教\n" : "刷屏\n");
            edits++;
            stop.WaitHandle.WaitOne(TimeSpan.FromMilliseconds(400));
        }
        return edits;
    }

    private static List<string> ResultIds(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToList();
    }

    private static async Task<Run> RunCli(string kb, string query)
    {
        var start = CliProcess.StartInfo("search", "--playbooks", kb, "--json", "--limit", "100", query);
        // Only this test's knowledge base and its default index location, whatever the test runner's environment says.
        start.Environment.Remove("PLAYBOOKS_INDEX");
        start.Environment.Remove("PLAYBOOKS_DIR");
        start.Environment["NO_COLOR"] = "1";
        var result = await CliProcess.RunAsync(start, ProcessTimeout);
        return new Run(result.ExitCode, query, result.Out, result.Error);
    }
}
