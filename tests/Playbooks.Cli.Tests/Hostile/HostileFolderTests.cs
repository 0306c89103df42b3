using Playbooks.Cli.Tests.Support;

namespace Playbooks.Cli.Tests.Hostile;

/// <summary>
/// Issue #14: one bad file or folder never breaks the tool. Each hostile knowledge base is run through lint, search,
/// list, show, stale and site: the exit code is 0 or 1 (never 3), the bad entry is named (in Chinese), the good
/// playbooks are still found, nothing is written outside the knowledge base and the site folder, and nothing hangs
/// (a generous timeout guards against hangs; it is not a speed target).
/// </summary>
public sealed class HostileFolderTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    /// <summary>Each case adds its hostile entry and returns the path the commands must name (null: nothing to name).</summary>
    public static TheoryData<string> Cases => new(HostileCases.Keys);

    private static readonly Dictionary<string, Func<HostileKnowledgeBase, string?>> HostileCases = new()
    {
        ["list nested 100 levels"] = kb => kb.AddPlaybookEndingWith("community/deep.md", string.Concat(Enumerable.Repeat("- ", 100)) + "x"),
        ["100 000 unclosed links"] = kb =>
        {
            kb.AddPlaybookEndingWith("community/links.md", string.Concat(Enumerable.Repeat("[a](", 100_000)));
            return null; // a valid playbook, only quadratic for a naive parser: nothing to report
        },
        ["500 unclosed brackets"] = kb =>
        {
            kb.AddPlaybookEndingWith("community/brackets.md", new string('[', 500));
            return null; // valid too; beyond Markdig's nesting limit, so it is rendered as written
        },
        ["terminal escape in a title"] = kb => kb.AddPlaybookTitled("community/escape.md", "正常标题\u001b]0;PWN\u0007\u202E"),
        ["symlink to /dev/zero"] = kb => OperatingSystem.IsLinux() ? kb.AddSymlink("community/zero.md", "/dev/zero") : null,
        ["named pipe"] = kb => kb.TryAddFifo("community/pipe.md") ? "kb/community/pipe.md" : null,
        ["symlink loop file"] = kb => kb.AddSymlink("community/loop.md", "loop.md"),
        ["symlinked folder looping back"] = kb =>
        {
            kb.AddFolderLink("community/again/up", "../..");
            return null; // linked folders are not followed: nothing to read, nothing to report
        },
    };

    private static readonly HashSet<string> ShownNotSkipped = ["terminal escape in a title"];

    public static TheoryData<string, string> CasesAndCommands
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var name in HostileCases.Keys)
                foreach (var command in Commands.Keys)
                    data.Add(name, command);
            return data;
        }
    }

    private static readonly Dictionary<string, string[]> Commands = new()
    {
        ["lint"] = ["lint"],
        ["search"] = ["search", "群里新号刷屏"],
        ["list"] = ["list"],
        ["show"] = ["show", "bot-flood"],
        ["stale"] = ["stale", "--days", "1"],
        ["site"] = ["site", "--out", "site"],
    };

    [Theory]
    [MemberData(nameof(CasesAndCommands))]
    public async Task Every_command_survives_and_names_the_bad_entry(string hostileCase, string command)
    {
        using var kb = new HostileKnowledgeBase();
        var named = HostileCases[hostileCase](kb);
        var before = kb.EntriesOutsideKnowledgeBaseAndSite();

        var result = await Run(kb, [.. Commands[command], "--playbooks", "kb"]);

        Assert.True(result.ExitCode is 0 or 1, $"exit {result.ExitCode}\n{result.Out}\n{result.Error}");
        Assert.DoesNotContain("内部错误", result.Error);
        // A playbook whose only fault is a control character stays searchable (nothing is hidden for what a field
        // holds): only lint names it; every other command shows it with the character neutralised (asserted below).
        if (named is not null && (command == "lint" || !ShownNotSkipped.Contains(hostileCase)))
            Assert.Contains(named, result.Out + result.Error);
        Assert.Equal(before, kb.EntriesOutsideKnowledgeBaseAndSite());
        // Whatever a file holds, nothing it contains reaches the terminal as an escape sequence.
        Assert.DoesNotContain('\u001b', result.Out + result.Error);
        Assert.DoesNotContain('\u202E', result.Out + result.Error);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_good_playbooks_are_still_found(string hostileCase)
    {
        using var kb = new HostileKnowledgeBase();
        HostileCases[hostileCase](kb);

        var search = await Run(kb, ["search", "机器人小号批量进群刷屏", "--playbooks", "kb"]);
        var list = await Run(kb, ["list", "--playbooks", "kb"]);

        Assert.Contains("bot-flood", search.Out);
        Assert.Contains("bot-flood", list.Out);
        Assert.Contains("refund-wave", list.Out);
    }

    [Fact]
    public async Task A_file_parsed_slowly_by_naive_markdown_is_searchable_like_any_other()
    {
        using var kb = new HostileKnowledgeBase();
        kb.AddPlaybookEndingWith("community/links.md", string.Concat(Enumerable.Repeat("[a](", 100_000)));

        var result = await Run(kb, ["list", "--playbooks", "kb"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("links", result.Out);
    }

    [Fact]
    public async Task Lint_reports_the_escape_sequence_with_line_and_column()
    {
        using var kb = new HostileKnowledgeBase();
        kb.AddPlaybookTitled("community/escape.md", "正常标题\u001b]0;PWN\u0007");

        var result = await Run(kb, ["lint", "--playbooks", "kb"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.OutLines, l => l.StartsWith("kb/community/escape.md:3:12: 错误: 含有控制字符 U+001B", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unreadable_folder_is_skipped_with_a_warning_naming_it()
    {
        // chmod 000 does not stop root (CI runs as root); the walk's behaviour for it is covered with an injected
        // folder listing in Playbooks.Core.Tests (UnreadableFolderTests), which runs everywhere.
        Assert.SkipWhen(Environment.UserName == "root" || OperatingSystem.IsWindows(), "running as root (or on Windows), where chmod 000 does not deny reading");
        using var kb = new HostileKnowledgeBase();
        var folder = kb.AddUnreadableFolder("locked");

        foreach (var command in Commands.Values)
        {
            var result = await Run(kb, [.. command, "--playbooks", "kb"]);
            Assert.True(result.ExitCode is 0 or 1, $"{command[0]}: exit {result.ExitCode}\n{result.Error}");
            Assert.Contains(folder, result.Out + result.Error);
        }
    }

    /// <summary>Runs off the test thread so that a hang fails the test after <see cref="HangGuard"/> instead of blocking the run.</summary>
    private static Task<CliResult> Run(HostileKnowledgeBase kb, string[] args) =>
        Task.Run(() => kb.Cli().RunAsync(args)).WaitAsync(HangGuard);
}
