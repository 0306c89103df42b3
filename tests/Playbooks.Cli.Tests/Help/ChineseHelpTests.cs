using System.CommandLine;
using System.Globalization;
using Playbooks.Cli.Help;
using Playbooks.Cli.Tests.Support;

namespace Playbooks.Cli.Tests.Help;

/// <summary>`--help` speaks Chinese for every command and shows real examples; `playbooks` alone shows the help.</summary>
public sealed class ChineseHelpTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly CliRunner _cli;

    public ChineseHelpTests() => _cli = new CliRunner(_temp.Path);

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string> CommandPaths() => CommandTree.Paths();

    [Theory]
    [MemberData(nameof(CommandPaths))]
    public async Task Help_of_every_command_is_Chinese_and_has_one_to_three_examples(string path)
    {
        var result = await _cli.RunAsync(CommandTree.Args(path, "--help"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Empty(EnglishWords.In(result.Out, CommandTree.Build()));
        Assert.Contains("用法：", result.OutLines);
        Assert.Contains("选项：", result.OutLines);
        Assert.All(result.OutLines, line => Assert.Equal(line.TrimEnd(), line));
        Assert.Contains(result.OutLines, line => line.Contains("-h, --help") && line.TrimEnd().EndsWith(ChineseHelp.HelpDescription));
        var examples = ExampleLines(result.Out);
        Assert.InRange(examples.Count, 1, 3);
        Assert.All(examples, example => Assert.StartsWith($"playbooks {path} ".Replace("  ", " "), example + " "));
    }

    [Theory]
    [MemberData(nameof(CommandPaths))]
    public void Every_help_example_is_a_valid_command_line_for_its_command(string path)
    {
        var root = CommandTree.Build();
        var command = CommandTree.Find(root, path);

        foreach (var example in HelpExamples.Of(command))
        {
            var parse = CliApp.Parse(root, CommandLineWords.Arguments(example.CommandLine));

            Assert.Empty(UsageErrors.Describe(parse));
            if (command is not RootCommand)
                Assert.Same(command, parse.CommandResult.Command);
        }
    }

    [Fact]
    public async Task Playbooks_alone_prints_the_root_help_and_exits_0()
    {
        var bare = await _cli.RunAsync();
        var help = await _cli.RunAsync("--help");

        Assert.Equal(0, bare.ExitCode);
        Assert.Equal("", bare.Error);
        Assert.Equal(help.Out, bare.Out);
        Assert.Equal("运营事故预案库：描述你看到的情况，立刻找到对应的处理预案。", bare.OutLines[0]);
    }

    [Fact]
    public async Task Root_help_lists_every_command_and_the_version_option_from_the_zh_Hans_resources()
    {
        var result = await _cli.RunAsync("--help");

        Assert.Contains("  playbooks <命令> [选项]", result.OutLines);
        foreach (var command in CommandTree.Build().Subcommands)
            Assert.Contains(result.OutLines, line => line.StartsWith($"  {command.Name} ", StringComparison.Ordinal));
        // Written by System.CommandLine from its zh-Hans satellite assembly: proof that the run selects that culture.
        Assert.Contains(result.OutLines, line => line.StartsWith("  --version ", StringComparison.Ordinal) && line.Contains("显示版本信息"));
    }

    [Fact]
    public async Task Search_help_shows_arguments_defaults_and_how_to_search_for_text_starting_with_a_dash()
    {
        var result = await _cli.RunAsync("search", "-h");

        Assert.Contains("  playbooks search [<描述>...] [选项]", result.OutLines);
        Assert.Contains(result.OutLines, line => line.StartsWith("  -n, --limit <N> ") && line.TrimEnd().EndsWith("最多显示几条结果，1–100（默认：5）"));
        Assert.Contains(result.OutLines, line => line == "  playbooks search -- -1 元券被刷    # 描述以 - 开头时写在 -- 之后");
    }

    [Fact]
    public async Task Help_wins_over_other_mistakes_on_the_same_line()
    {
        var result = await _cli.RunAsync("search", "--bogus", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("  playbooks search [<描述>...] [选项]", result.OutLines);
    }

    [Fact]
    public void The_English_scan_reports_the_frameworks_own_help_even_with_its_zh_Hans_resources()
    {
        var root = new RootCommand("测试") { new Option<int>("--limit") { DefaultValueFactory = _ => 5 } };
        var output = new StringWriter();
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CliApp.UiCulture;
        try
        {
            root.Parse("--help").Invoke(new InvocationConfiguration { Output = output });
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }

        var words = EnglishWords.In(output.ToString(), root);

        Assert.Contains("Description", words);
        Assert.Contains("Show", words);
        Assert.Contains("default", words);
    }

    private static List<string> ExampleLines(string output) =>
        output.Split('\n')
            .SkipWhile(line => line != "示例：").Skip(1)
            .TakeWhile(line => line.Length > 0)
            .Select(line => line.Split("    # ")[0].Trim())
            .ToList();
}
