using Playbooks.Cli.Tests.Support;

namespace Playbooks.Cli.Tests.Help;

/// <summary>Typical command-line mistakes: exit 2, a Chinese message with a suggestion or remedy, no stack trace.</summary>
public sealed class UsageErrorsTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly CliRunner _cli;

    public UsageErrorsTests() => _cli = new CliRunner(_temp.Path);

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string[], string, string> Mistakes() => new()
    {
        { ["serch", "退款"], "未知命令 serch。是不是要用 search？", "运行 `playbooks --help` 查看所有命令" },
        { ["lst"], "未知命令 lst。是不是要用 list？", "运行 `playbooks --help` 查看所有命令" },
        { ["群里有人刷屏"], "未知命令 群里有人刷屏。", "运行 `playbooks --help` 查看所有命令；要按情况描述检索预案，用：playbooks search 群里有人刷屏" },
        { ["search", "退款", "--top", "3"], "未知选项 --top。是不是要用 --limit？",
            "运行 `playbooks search --help` 查看可用的选项；如果“--top”是要输入的内容而不是选项，把它写在 -- 之后：playbooks search -- --top" },
        { ["search", "-1", "元券"], "未知选项 -1。",
            "运行 `playbooks search --help` 查看可用的选项；如果“-1”是要输入的内容而不是选项，把它写在 -- 之后：playbooks search -- -1" },
        { ["list", "--jsn"], "未知选项 --jsn。是不是要用 --json？", "运行 `playbooks list --help` 查看可用的选项" },
        { ["show"], "缺少参数 <id>（预案 id，例如 bot-flood）", "例如：playbooks show bot-flood" },
        { ["show", "bot-flood", "extra"], "多余的参数“extra”", "内容含空格时请加引号；运行 `playbooks show --help` 查看用法" },
        { ["search", "退款", "--limit", "abc"], "--limit 的值“abc”格式不对，应为整数", "例如 --limit 5" },
        { ["search", "退款", "--limit", "99999999999"], "--limit 的值“99999999999”太大了", "例如 --limit 5" },
        { ["similar", "bot-flood", "--limit"], "选项 --limit 缺少取值", "在 --limit 后面写上 <N>；运行 `playbooks similar --help` 查看用法" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task A_usage_mistake_exits_2_with_a_Chinese_message_and_remedy(string[] args, string message, string remedy)
    {
        var result = await _cli.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal([$"用法错误：{message}", $"  解决：{remedy}"], result.ErrorLines);
        Assert.Equal("", result.Out);
        Assert.Empty(EnglishWords.In(result.Error, CommandTree.Build(), args));
    }

    public static TheoryData<string> CommandPaths() => CommandTree.Paths();

    [Theory]
    [MemberData(nameof(CommandPaths))]
    public async Task Every_command_refuses_an_unknown_option(string path)
    {
        var result = await _cli.RunAsync(CommandTree.Args(path, "--不存在"));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("用法错误：未知选项 --不存在。", result.ErrorLines[0]);
        Assert.StartsWith($"  解决：运行 `{$"playbooks {path}".Trim()} --help` 查看可用的选项", result.ErrorLines[1]);
        Assert.Empty(EnglishWords.In(result.Error, CommandTree.Build()));
    }

    [Theory]
    [MemberData(nameof(CommandPaths))]
    public async Task Every_command_explains_a_missing_option_value_without_a_stack_trace(string path)
    {
        // Whatever options the command has, give each a bad value in turn: nothing may reach the internal-error path.
        var command = CommandTree.Find(CommandTree.Build(), path);
        foreach (var option in command.Options.Where(o => o.Arity.MaximumNumberOfValues > 0 && o.ValueType != typeof(bool)))
        {
            var result = await _cli.RunAsync(CommandTree.Args(path, option.Name));

            Assert.Equal(2, result.ExitCode);
            Assert.Equal($"用法错误：选项 {option.Name} 缺少取值", result.ErrorLines[0]);
            Assert.DoesNotContain("   at ", result.Error);
            Assert.Empty(EnglishWords.In(result.Error, CommandTree.Build()));
        }
    }

    [Fact]
    public async Task A_stale_days_value_that_is_not_a_number_suggests_the_default()
    {
        var result = await _cli.RunAsync("stale", "--days", "半年");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["用法错误：--days 的值“半年”格式不对，应为整数", "  解决：例如 --days 180"], result.ErrorLines);
    }
}
