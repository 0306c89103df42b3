using Playbooks.Core.Diagnostics;

namespace Playbooks.Core.Tests.Diagnostics;

public sealed class FindingTests
{
    [Fact]
    public void Prints_like_a_compiler_so_editors_can_jump_to_it()
    {
        var finding = new Finding("playbooks/user/refund-wave.md", 5, 11, FindingLevel.Error, FindingCodes.UnknownSeverity,
            "未知的严重程度“紧急”", "改成 低/中/高/严重（或 low/medium/high/critical） 之一");

        Assert.Equal("playbooks/user/refund-wave.md:5:11: 错误: 未知的严重程度“紧急” — 改成 低/中/高/严重（或 low/medium/high/critical） 之一",
            finding.ToString());
    }

    [Fact]
    public void Prints_whole_file_findings_at_line_one()
    {
        var finding = new Finding("playbooks/empty.md", 0, 0, FindingLevel.Warning, FindingCodes.EmptyFile, "文件为空", "删除该文件");

        Assert.Equal("playbooks/empty.md:1:1: 警告: 文件为空 — 删除该文件", finding.ToString());
        Assert.False(finding.IsError);
    }
}
