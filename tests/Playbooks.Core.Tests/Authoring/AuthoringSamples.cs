namespace Playbooks.Core.Tests.Authoring;

/// <summary>Playbook files for the authoring tests' knowledge bases.</summary>
internal static class AuthoringSamples
{
    /// <summary>A complete playbook; the date fields are the ones a test varies.</summary>
    public static string Valid(string id, string category = "社群运营", string owner = "社群运营主管",
        string updated = "2026-11-01", string? reviewed = null, string kind = "playbook") => $"""
        ---
        id: {id}
        title: 预案 {id}
        category: {category}
        tags: [刷屏]
        severity: 中
        owner: {owner}
        updated: {updated}
        {(reviewed is null ? "" : $"reviewed: {reviewed}")}
        kind: {kind}
        {(kind == "guide" ? "order: 1" : "")}
        ---

        ## 背景

        群里出事了。

        ## 风险源头

        没有群规。

        ## 激化情况

        越来越多人附和。

        ## 处理方法

        1. 禁言。
        2. 澄清。

        ## 复盘反思

        补上群规。

        """;
}
