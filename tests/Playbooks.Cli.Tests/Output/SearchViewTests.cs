using System.Text.Json;
using Playbooks.Cli.Tests.Support;
using Playbooks.Tests.Shared;

namespace Playbooks.Cli.Tests.Output;

/// <summary>
/// The handling shown under search results is the top result's own: the start of its paragraphs when its 处理方法 is
/// not written as steps, never the next result's steps (the same case serve and the offline site are tested on).
/// </summary>
public sealed class SearchViewTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly CliRunner _cli;
    private readonly string _kb;

    public SearchViewTests()
    {
        _cli = new CliRunner(_temp.Path);
        _kb = _temp.Combine("kb");
        ProseHandlingKnowledgeBase.Write(_kb);
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_top_result_written_as_paragraphs_shows_the_start_of_its_own_handling()
    {
        var view = await _cli.RunAsync("search", "--playbooks", _kb, ProseHandlingKnowledgeBase.Query);

        Assert.Equal(0, view.ExitCode);
        Assert.StartsWith($"1. {ProseHandlingKnowledgeBase.ProseTitle}", view.OutLines[0], StringComparison.Ordinal);
        var panel = view.OutLines.SkipWhile(l => !l.Contains($"处理方法：{ProseHandlingKnowledgeBase.ProseTitle}")).ToList();
        Assert.NotEmpty(panel);
        var shown = string.Concat(panel.Select(l => l.Trim('│', '╭', '╰', '─', '╮', '╯', ' ')));
        Assert.Contains("处理方法写成了段落，没有编号步骤，以下是开头部分：", shown);
        Assert.All(ProseHandlingKnowledgeBase.ExcerptLines, line => Assert.Contains(line, shown));
        Assert.DoesNotContain("首条结果还没有处理步骤", view.Out);
        Assert.DoesNotContain(ProseHandlingKnowledgeBase.OtherFirstStep, view.Out);
        Assert.Contains(view.OutLines, l => l.Contains($"查看全文：playbooks show {ProseHandlingKnowledgeBase.ProseId}"));
    }

    [Fact]
    public async Task Search_json_carries_the_start_of_a_paragraph_handling_beside_the_empty_steps()
    {
        var result = await _cli.RunAsync("search", "--playbooks", _kb, "--json", ProseHandlingKnowledgeBase.Query);

        using var json = JsonDocument.Parse(result.Out);
        var results = json.RootElement.GetProperty("results");
        Assert.Equal(ProseHandlingKnowledgeBase.ProseId, results[0].GetProperty("id").GetString());
        Assert.Equal(0, results[0].GetProperty("handlingSteps").GetArrayLength());
        Assert.Equal(string.Join("\n", ProseHandlingKnowledgeBase.ExcerptLines), results[0].GetProperty("handlingText").GetString());
        Assert.Equal(ProseHandlingKnowledgeBase.StepsId, results[1].GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, results[1].GetProperty("handlingText").ValueKind);
    }
}
