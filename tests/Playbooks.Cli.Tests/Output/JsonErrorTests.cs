using System.Text.Json;
using Playbooks.Cli.Tests.Support;
using Playbooks.Core;
using Playbooks.Tests.Shared;

namespace Playbooks.Cli.Tests.Output;

/// <summary>
/// Under <c>--json</c> a failure is one error object on stdout (docs/schemas/error.schema.json), nothing on stderr, and
/// the exit code the kind of error gives: 1 for the user's situation, 2 for a wrong command line.
/// </summary>
public sealed class JsonErrorTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly CliRunner _cli;

    public JsonErrorTests()
    {
        _cli = new CliRunner(_temp.Path);
        _temp.Write("playbooks/community/bot-flood.md", SamplePlaybooks.Valid("bot-flood", "机器人刷屏"));
    }

    public void Dispose() => _temp.Dispose();

    private async Task<(int ExitCode, JsonElement Error)> Fail(params string[] args)
    {
        var result = await _cli.RunAsync(args);
        Assert.Equal("", result.Error);
        OutputSchemas.AssertValid("error", result.Out);
        return (result.ExitCode, JsonDocument.Parse(result.Out).RootElement.GetProperty("error").Clone());
    }

    [Fact]
    public async Task An_unknown_id_is_exit_1_with_code_unknown_id_and_a_suggestion()
    {
        var (exit, error) = await Fail("show", "bot-flod", "--json");

        Assert.Equal(1, exit);
        Assert.Equal("unknown-id", error.GetProperty("code").GetString());
        Assert.Equal("找不到 id 为“bot-flod”的预案", error.GetProperty("message").GetString());
        Assert.Contains("bot-flood", error.GetProperty("hint").GetString());
    }

    [Fact]
    public async Task A_missing_knowledge_base_folder_is_exit_1_naming_the_folder()
    {
        var (exit, error) = await Fail("search", "刷屏", "--playbooks", "no-such-folder", "--json");

        Assert.Equal(1, exit);
        Assert.Equal(("missing-directory", "no-such-folder"), (error.GetProperty("code").GetString(), error.GetProperty("file").GetString()));
    }

    [Fact]
    public async Task A_malformed_option_value_is_exit_2()
    {
        var (exit, error) = await Fail("search", "刷屏", "--limit", "abc", "--json");

        Assert.Equal(2, exit);
        Assert.Equal(("bad-value", "--limit"), (error.GetProperty("code").GetString(), error.GetProperty("option").GetString()));
        Assert.Equal("--limit 的值“abc”格式不对，应为整数", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_limit_out_of_range_is_exit_2_naming_the_option()
    {
        var (exit, error) = await Fail("similar", "bot-flood", "--limit", "0", "--json");

        Assert.Equal(2, exit);
        Assert.Equal(("bad-limit", "--limit"), (error.GetProperty("code").GetString(), error.GetProperty("option").GetString()));
    }

    [Fact]
    public async Task An_unknown_option_is_exit_2_even_before_the_command_runs()
    {
        var (exit, error) = await Fail("search", "退款", "--top", "3", "--json");

        Assert.Equal(2, exit);
        Assert.Equal(("unknown-option", "--top"), (error.GetProperty("code").GetString(), error.GetProperty("option").GetString()));
        Assert.Equal("未知选项 --top。是不是要用 --limit？", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task An_error_in_a_file_names_the_file_and_line()
    {
        var queries = _temp.Write("queries.tsv", "qid\tquery\trelevant\nq1\t刷屏\n");

        var (exit, error) = await Fail("eval", queries, "--json");

        Assert.Equal(1, exit);
        Assert.Equal(("malformed-query-set", queries, 2), (error.GetProperty("code").GetString(), error.GetProperty("file").GetString(), error.GetProperty("line").GetInt32()));
    }

    [Fact]
    public async Task Without_json_the_same_error_stays_text_on_stderr()
    {
        var result = await _cli.RunAsync("show", "bot-flod");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal("错误：找不到 id 为“bot-flod”的预案", result.ErrorLines[0]);
    }

    [Fact]
    public void The_error_schema_lists_every_error_code()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(OutputSchemas.Folder, "error.schema.json")));
        var listed = schema.RootElement.GetProperty("properties").GetProperty("error").GetProperty("properties").GetProperty("code")
            .GetProperty("enum").EnumerateArray().Select(c => c.GetString()!).ToHashSet();

        Assert.Equal(ErrorKind.All.Select(k => k.Code).Append(Core.Json.ErrorDocument.InternalCode).ToHashSet(), listed);
    }
}
