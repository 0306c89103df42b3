namespace Playbooks.Server.Tests.Support;

/// <summary>A small valid playbook to write into a test's knowledge base, titled so searches can find it.</summary>
internal static class TestPlaybooks
{
    public static string Markdown(string id, string title, string severity = "中") => $"""
        ---
        id: {id}
        title: {title}
        category: 社群运营
        tags: [测试]
        severity: {severity}
        owner: 社群运营主管
        updated: 2026-11-19
        ---

        ## 背景
        {title}。

        ## 风险源头
        测试用的风险源头。

        ## 激化情况
        测试用的激化情况。

        ## 处理方法
        1. **社群助教（5 分钟内）** 按测试步骤处理。

        ## 复盘反思
        测试用的复盘。
        """;
}
