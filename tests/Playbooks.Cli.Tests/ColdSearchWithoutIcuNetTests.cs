using System.Text.RegularExpressions;
using Playbooks.Cli.Tests.Support;

namespace Playbooks.Cli.Tests;

/// <summary>
/// A cold <c>playbooks search</c> calls ICU directly and never initialises icu.net, whose static initialiser was the
/// largest cost of the installed tool's start-up (README, Performance). The CLI runs as a real process with
/// <c>PLAYBOOKS_TEST_FORBID_ICU_NET=1</c>, which makes initialising icu.net fail as our bug would (exit 3).
/// </summary>
public sealed class ColdSearchWithoutIcuNetTests : IDisposable
{
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromSeconds(120);

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Search_of_the_bundled_playbooks_with_a_fresh_index_prints_wrapped_results_without_icu_net()
    {
        // The character tables are built once per ICU version, through icu.net's transliterators; a user's first
        // search pays that, every later one reads them. Build them in this test's own cache folder first.
        var warmUp = await RunCli("warm-up.sqlite", forbidIcuNet: false);
        Assert.True(warmUp.ExitCode == 0, warmUp.Error);

        var cold = await RunCli("fresh.sqlite", forbidIcuNet: true);

        Assert.True(cold.ExitCode == 0, $"exit {cold.ExitCode}:\n{cold.Error}");
        Assert.True(File.Exists(_temp.Combine("fresh.sqlite")), "the search did not build its own index");
        Assert.Equal(WithoutTiming(warmUp.Out), WithoutTiming(cold.Out));
        Assert.Contains("刷屏", cold.Out);
    }

    private static string WithoutTiming(string output) => Regex.Replace(output, @"（用时\s[\d.]+\sm?s）", "（用时）");

    private Task<CliProcess.Result> RunCli(string index, bool forbidIcuNet)
    {
        var start = CliProcess.StartInfo("search", "--playbooks", Path.Combine(RepositoryPaths.Root, "playbooks"), "群里有人刷屏广告怎么办");
        start.Environment.Remove("PLAYBOOKS_DIR");
        start.Environment["PLAYBOOKS_INDEX"] = _temp.Combine(index);
        start.Environment["XDG_CACHE_HOME"] = _temp.CreateDirectory("cache");
        start.Environment["COLUMNS"] = "60"; // narrow, so result lines wrap through ICU's line breaks
        start.Environment["NO_COLOR"] = "1";
        start.Environment["PLAYBOOKS_TEST_FORBID_ICU_NET"] = forbidIcuNet ? "1" : "0";
        return CliProcess.RunAsync(start, ProcessTimeout);
    }
}
