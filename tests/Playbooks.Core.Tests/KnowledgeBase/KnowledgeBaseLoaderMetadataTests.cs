using Playbooks.Core.Diagnostics;
using Playbooks.Core.KnowledgeBase;
using Playbooks.Core.Model;
using Playbooks.Core.Parsing;

namespace Playbooks.Core.Tests.KnowledgeBase;

/// <summary>Metadata problems are findings, never a reason to leave a playbook out; a team's playbooks.yml is read.</summary>
public sealed class KnowledgeBaseLoaderMetadataTests
{
    private static string Playbook(string id, string severity) => $"""
        ---
        id: {id}
        title: 直播间突然断流黑屏
        category: 内容运营
        severity: {severity}
        owner: 直播运营
        updated: 2026-11-01
        ---
        ## 背景
        大促直播。
        ## 风险源头
        推流网络不稳。
        ## 激化情况
        五分钟没恢复 → 通知直播运营负责人。
        ## 处理方法
        1. **场控（1 分钟内）** 切备用推流。
        2. **直播运营（5 分钟内）** 在评论区说明。
        ## 复盘反思
        准备双线路。
        """;

    [Fact]
    public void Lists_playbooks_whatever_severity_they_are_written_with()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "urgent.md"), Playbook("urgent", "紧急"));
        File.WriteAllText(Path.Combine(folder.Path, "p-zero.md"), Playbook("p-zero", "P0"));
        File.WriteAllText(Path.Combine(folder.Path, "odd.md"), Playbook("odd", "橙红"));

        var kb = new KnowledgeBaseLoader(new PlaybookParser(FixedClock.Today)).Load(folder.Path);

        var shown = kb.Valid.ToDictionary(p => p.Id, p => (p.Severity, p.SeverityText));
        Assert.Equal((Severity.Critical, "紧急"), shown["urgent"]);
        Assert.Equal((Severity.Critical, "P0"), shown["p-zero"]);
        Assert.Equal((null, "橙红（未定级）"), shown["odd"]);
        Assert.Equal(0, kb.ErrorCount);
        var warning = Assert.Single(kb.Findings);
        Assert.Equal(($"{folder.Path}/odd.md", 5, FindingCodes.UnknownSeverity), (warning.Path, warning.Line, warning.Code));
        Assert.Equal(1, kb.MetadataProblemCount);
    }

    [Fact]
    public void Reads_severities_with_the_teams_own_labels_from_playbooks_yml()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "odd.md"), Playbook("odd", "橙红"));
        File.WriteAllText(Path.Combine(folder.Path, "playbooks.yml"), "severity:\n  橙红: 高\n  紫色: 超级\n");

        var kb = new KnowledgeBaseLoader(new PlaybookParser(FixedClock.Today)).Load(folder.Path);

        Assert.Equal((Severity.High, "橙红"), (kb.Valid.Single().Severity, kb.Valid.Single().SeverityText));
        var finding = Assert.Single(kb.Findings);
        Assert.Equal(($"{folder.Path}/playbooks.yml", 3, FindingLevel.Warning), (finding.Path, finding.Line, finding.Level));
        Assert.Equal(0, kb.MetadataProblemCount);
    }
}
