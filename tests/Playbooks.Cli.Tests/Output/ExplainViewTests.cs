using Playbooks.Cli.Tests.Support;
using Playbooks.Tests.Shared;

namespace Playbooks.Cli.Tests.Output;

/// <summary>
/// <c>search --explain</c> says, under each result, what its folder added to the final score (folder smoothing), so an
/// operator who wonders why a playbook from the matching domain came first can see it.
/// </summary>
public sealed class ExplainViewTests(JsonContractKnowledgeBase kb) : IClassFixture<JsonContractKnowledgeBase>
{
    private readonly CliRunner _cli = new(kb.Folder);

    [Fact]
    public async Task Explain_shows_the_folders_share_of_each_results_score()
    {
        var result = await _cli.RunAsync("search", "群里突然有人冒充助教发名片拉人", "--explain", "--limit", "2", "--playbooks", kb.KnowledgeBase);

        Assert.True(result.ExitCode == 0, result.Error + result.Out);
        var text = string.Concat(result.OutLines.Select(l => l.Trim()));
        var shares = System.Text.RegularExpressions.Regex.Matches(text,
            @"同目录平滑 +\+\d\.\d{3}（占最终得分 \d+(\.\d)?%）：同目录最好 3 条的均分 \d\.\d{3} × 0\.1，本条融合得分 \d\.\d{3} × 0\.9");
        Assert.Equal(2, shares.Count);
    }
}
