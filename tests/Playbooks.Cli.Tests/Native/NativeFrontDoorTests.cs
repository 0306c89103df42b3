using System.Diagnostics;
using System.Text.RegularExpressions;
using Playbooks.Cli.Tests.Support;
using Playbooks.Tests.Shared;

namespace Playbooks.Cli.Tests.Native;

/// <summary>
/// The native front door (src/Playbooks.Cli.Native) prints exactly what the managed build prints: the commands it runs
/// itself (search, show, analyze, list, lint) byte for byte on stdout and stderr with the same exit code, and every other command
/// line through the managed build it hands off to. Each case runs both builds from the same clean state: a copy of
/// the bundled playbooks at the same path, no index, an empty cache.
/// </summary>
public sealed class NativeFrontDoorTests(NativeFrontDoorBuild build) : IClassFixture<NativeFrontDoorBuild>, IDisposable
{
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromMinutes(2);

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(0, "search", "群里突然有人冒充助教发名片拉人")]
    [InlineData(0, "search", "群里", "有人", "刷屏", "--json")]
    [InlineData(0, "search", "群里有人刷屏", "--explain", "--limit", "2")]
    [InlineData(0, "search", "qzxv")]
    [InlineData(0, "search", "qzxv", "--json")]
    [InlineData(2, "search", "刷屏", "--limt", "3")]
    [InlineData(2, "search", "刷屏", "--json", "--limit", "0")]
    [InlineData(2, "search")]
    [InlineData(0, "search", "--help")]
    [InlineData(0, "show", "bot-flood")]
    [InlineData(0, "show", "bot-flood", "--json")]
    [InlineData(1, "show", "no-such-playbook")]
    [InlineData(1, "show", "no-such-playbook", "--json")]
    [InlineData(0, "analyze", "群里有人冒充助教发名片拉人")]
    [InlineData(0, "analyze", "直播间被封了", "--json")]
    [InlineData(0, "list")]
    [InlineData(0, "list", "--json")]
    [InlineData(0, "lint")]
    [InlineData(0, "lint", "--json")]
    public Task A_command_it_runs_itself_prints_what_the_managed_build_prints(int exitCode, params string[] args) =>
        AssertBothPrintTheSame(exitCode, args);

    [Theory]
    [InlineData(0, "similar", "bot-flood")]
    [InlineData(2, "eval")]
    [InlineData(0, "--help")]
    [InlineData(2, "serch", "刷屏")]
    [InlineData(0, "stale", "--days", "1")]
    public Task A_command_it_hands_off_prints_what_the_managed_build_prints(int exitCode, params string[] args) =>
        AssertBothPrintTheSame(exitCode, args);

    [Fact]
    public async Task A_search_over_an_edited_playbook_re_indexes_as_the_managed_build_does()
    {
        var native = build.Require();
        string[] args = ["search", "群里有人刷屏"];

        var fromNative = await Run(native, args, EditAfterIndexing);
        var fromManaged = await Run(null, args, EditAfterIndexing);

        Assert.Equal(0, fromManaged.ExitCode);
        AssertSame(fromManaged, fromNative);
        return;

        async Task EditAfterIndexing(string? executable, string playbooks)
        {
            Assert.Equal(0, (await Run(executable, args, fresh: false)).ExitCode);
            var file = Path.Combine(playbooks, "community", "bot-flood.md");
            File.AppendAllText(file, "\n补充：刷屏时先开启全员禁言。\n");
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(1));
        }
    }

    private async Task AssertBothPrintTheSame(int exitCode, string[] args)
    {
        var native = build.Require();

        var (fromNative, fromManaged) = (await Run(native, args), await Run(null, args));

        Assert.Equal(exitCode, fromManaged.ExitCode);
        AssertSame(fromManaged, fromNative);
    }

    private static void AssertSame(CliProcess.Result expected, CliProcess.Result actual)
    {
        Assert.Equal(WithoutTiming(expected.Out), WithoutTiming(actual.Out));
        Assert.Equal(WithoutTiming(expected.Error), WithoutTiming(actual.Error));
        Assert.Equal(expected.ExitCode, actual.ExitCode);
    }

    private static string WithoutTiming(string output) =>
        Regex.Replace(Regex.Replace(output, @"用时\s[\d.]+\s?m?s", "用时"), @"""tookMs"": [\d.E+-]+", @"""tookMs"": 0");

    /// <summary>
    /// Runs <paramref name="args"/> with the native executable, or the managed build when null, from a clean state
    /// (unless <paramref name="fresh"/> is false); <paramref name="prepare"/> runs first, after the reset.
    /// </summary>
    private async Task<CliProcess.Result> Run(string? executable, string[] args, Func<string?, string, Task>? prepare = null, bool fresh = true)
    {
        var playbooks = _temp.Combine("playbooks");
        if (fresh)
        {
            foreach (var folder in (string[])[playbooks, _temp.Combine("cache")])
                if (Directory.Exists(folder))
                    Directory.Delete(folder, recursive: true);
            File.Delete(_temp.Combine("index.sqlite"));
            FolderCopy.Copy(Path.Combine(RepositoryPaths.Root, "playbooks"), playbooks);
            _temp.CreateDirectory("cache");
        }
        if (prepare is not null)
            await prepare(executable, playbooks);

        ProcessStartInfo start;
        if (executable is null)
        {
            start = CliProcess.StartInfo([.. args, "--playbooks", playbooks]);
        }
        else
        {
            start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in (string[])[.. args, "--playbooks", playbooks])
                start.ArgumentList.Add(argument);
        }
        start.Environment.Remove("PLAYBOOKS_DIR");
        start.Environment["PLAYBOOKS_INDEX"] = _temp.Combine("index.sqlite");
        start.Environment["XDG_CACHE_HOME"] = _temp.Combine("cache");
        start.Environment["COLUMNS"] = "80";
        start.Environment["NO_COLOR"] = "1";
        return await CliProcess.RunAsync(start, ProcessTimeout);
    }
}
