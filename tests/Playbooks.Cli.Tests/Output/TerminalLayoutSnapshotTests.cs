using System.Text.RegularExpressions;
using Playbooks.Cli.Tests.Output.Layout;
using Playbooks.Cli.Tests.Support;
using Playbooks.Tests.Shared;

namespace Playbooks.Cli.Tests.Output;

/// <summary>
/// What <c>search</c>, <c>list</c>, <c>show</c> and <c>stale</c> print at 60, 80 and 120 columns (piped, COLUMNS set)
/// for the Chinese playbooks in <c>Snapshots/kb</c>: every line keeps <see cref="LayoutRules"/> and the whole output
/// matches <c>Snapshots/&lt;command&gt;-&lt;width&gt;.verified.txt</c>. After a deliberate layout change, accept the
/// new output and review its diff:
/// <code>PLAYBOOKS_ACCEPT_SNAPSHOTS=1 dotnet test tests/Playbooks.Cli.Tests -c Release --filter TerminalLayoutSnapshotTests</code>
/// </summary>
public sealed partial class TerminalLayoutSnapshotTests : IDisposable
{
    private static readonly string Snapshots = Path.Combine(RepositoryPaths.Root, "tests", "Playbooks.Cli.Tests", "Output", "Snapshots");

    private static readonly Dictionary<string, string[]> Commands = new()
    {
        ["search"] = ["search", "群里突然涌进一堆小号刷屏发广告"],
        ["list"] = ["list"],
        ["show"] = ["show", "live-stream-accident"],
        ["stale"] = ["stale", "--days", "3"],
    };

    private readonly TempDirectory _temp = new();

    public TerminalLayoutSnapshotTests()
    {
        // A copy: search writes its index into the knowledge base (.cache/), which must not land in the source tree.
        foreach (var file in Directory.GetFiles(Path.Combine(Snapshots, "kb"), "*.md", SearchOption.AllDirectories))
            _temp.Write(Path.Combine("kb", Path.GetRelativePath(Path.Combine(Snapshots, "kb"), file)), File.ReadAllText(file));
    }

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string, int> Cases()
    {
        var cases = new TheoryData<string, int>();
        foreach (var command in Commands.Keys)
            foreach (var width in new[] { 60, 80, 120 })
                cases.Add(command, width);
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Output_fits_the_width_keeps_ids_whole_and_matches_its_snapshot(string command, int width)
    {
        var cli = new CliRunner(_temp.Path);
        cli.Variables["COLUMNS"] = width.ToString();
        var ids = Directory.GetFiles(_temp.Combine("kb"), "*.md", SearchOption.AllDirectories).Select(Path.GetFileNameWithoutExtension).ToList();

        var result = await cli.RunAsync([.. Commands[command], "--playbooks", "kb"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(LayoutRules.Violations(result.OutLines, width, ids!));
        SnapshotFiles.Match(Snapshots, $"{command}-{width}", "txt", SearchTime().Replace(result.Out, "N"));
    }

    // The only part of the output that changes from run to run.
    [GeneratedRegex(@"(?<=用时\s)\d+(\.\d+)?(?=\sms)")]
    private static partial Regex SearchTime();
}
