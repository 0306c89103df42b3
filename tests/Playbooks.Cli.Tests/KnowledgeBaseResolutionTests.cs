using System.Text.Json;
using Playbooks.Cli.Tests.Support;

namespace Playbooks.Cli.Tests;

/// <summary>Which folder a command reads: --playbooks, then ./playbooks, then $PLAYBOOKS_DIR.</summary>
public sealed class KnowledgeBaseResolutionTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly string _workspace;
    private readonly CliRunner _cli;

    public KnowledgeBaseResolutionTests()
    {
        _workspace = _temp.CreateDirectory("workspace");
        _cli = new CliRunner(_workspace);
    }

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("--playbooks", "{0}", "list", "--json")]
    [InlineData("list", "--json", "--playbooks", "{0}")]
    public async Task Playbooks_option_wins_over_local_folder_and_environment(params string[] args)
    {
        var chosen = WriteKnowledgeBase("chosen", "chosen-one");
        WriteKnowledgeBase("workspace/playbooks", "local-one");
        _cli.Variables["PLAYBOOKS_DIR"] = WriteKnowledgeBase("from-env", "env-one");

        var result = await _cli.RunAsync(args.Select(a => string.Format(a, chosen)).ToArray());

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["chosen-one"], Ids(result));
    }

    [Fact]
    public async Task Local_playbooks_folder_wins_over_environment()
    {
        WriteKnowledgeBase("workspace/playbooks", "local-one");
        _cli.Variables["PLAYBOOKS_DIR"] = WriteKnowledgeBase("from-env", "env-one");

        var result = await _cli.RunAsync("list", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["local-one"], Ids(result));
    }

    [Fact]
    public async Task Local_playbooks_folder_is_shown_relative_to_the_current_directory()
    {
        WriteKnowledgeBase("workspace/playbooks", "local-one");

        var result = await _cli.RunAsync("list", "--json");

        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("playbooks/community/local-one.md", json.RootElement[0].GetProperty("path").GetString());
    }

    [Fact]
    public async Task Environment_variable_is_used_when_there_is_no_local_folder()
    {
        _cli.Variables["PLAYBOOKS_DIR"] = WriteKnowledgeBase("from-env", "env-one");

        var result = await _cli.RunAsync("list", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["env-one"], Ids(result));
    }

    [Fact]
    public async Task Without_any_knowledge_base_exits_1_explaining_how_to_point_at_one()
    {
        var result = await _cli.RunAsync("list");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                "错误：找不到预案目录：当前目录下没有 playbooks/，也没有设置 PLAYBOOKS_DIR",
                $"  位置：{_workspace}",
                "  解决：在含有 playbooks/ 的目录（如仓库根目录）运行，或加 --playbooks <目录>，或设置环境变量 PLAYBOOKS_DIR 指向预案目录：例如 export PLAYBOOKS_DIR=$HOME/team-playbooks/playbooks，写进 ~/.bashrc 后在任何目录都能直接运行 playbooks",
            ],
            result.ErrorLines);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public async Task Environment_variable_naming_a_missing_folder_says_which_variable_to_fix()
    {
        var missing = _temp.Combine("gone");
        _cli.Variables["PLAYBOOKS_DIR"] = missing;

        var result = await _cli.RunAsync("list");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                $"错误：环境变量 PLAYBOOKS_DIR 指向的目录不存在：{missing}",
                $"  位置：{missing}",
                "  解决：修正 PLAYBOOKS_DIR，或用 --playbooks 指定预案目录",
            ],
            result.ErrorLines);
    }

    [Fact]
    public async Task Lint_without_DIR_uses_the_same_resolution()
    {
        WriteKnowledgeBase("workspace/playbooks", "local-one");

        var result = await _cli.RunAsync("lint");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["检查了 1 个文件，没有发现问题。"], result.OutLines);
    }

    private string WriteKnowledgeBase(string folder, string id)
    {
        _temp.Write($"{folder}/community/{id}.md", SamplePlaybooks.Valid(id, $"预案 {id}"));
        return _temp.Combine(folder);
    }

    private static List<string?> Ids(CliResult result)
    {
        using var json = JsonDocument.Parse(result.Out);
        return json.RootElement.EnumerateArray().Select(p => p.GetProperty("id").GetString()).ToList();
    }
}
