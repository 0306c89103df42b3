using Playbooks.Core.Diagnostics;
using Playbooks.Core.Parsing;
using Playbooks.Core.Settings;
using Playbooks.Core.SopChecks;

namespace Playbooks.Core.Tests.SopChecks;

/// <summary>
/// A playbook that passes every SOP check, one section of which a test replaces with the flaw it is about. The front
/// matter takes lines 1–9, so the 激化情况 items start at line 18 and the 处理方法 steps at line 24.
/// </summary>
internal static class SopPlaybook
{
    public const string Path = "kb/community/sample.md";

    public const string Escalation = """
        - 10 分钟内新进成员超过 20 人 → 社群助教立即开启禁言；
        - 一旦出现诈骗链接 → 通知社群运营主管。
        """;

    public const string Handling = """
        1. **社群助教（2 分钟内）** 开启群聊邀请确认，停用对外的群码。
        2. **社群运营主管（30 分钟内）** 在群里发说明："刚才是广告机器人，已经清理，请不要点链接。"
        """;

    public const string Retrospective = """
        - 群码改为活码，每个渠道单独一个，单码入群上限 200 人。
        """;

    public static string Text(string? escalation = null, string? handling = null, string? retrospective = null, string dates = "updated: 2026-11-19\n") => $"""
        ---
        id: sample
        title: 机器人小号涌进群刷屏
        category: 社群运营
        tags: [机器人, 刷屏]
        severity: 高
        owner: 社群运营主管
        {dates.TrimEnd('\n')}
        ---

        ## 背景

        群码泄露后几分钟内涌进几十个新号。

        ## 风险源头

        群码直接公开。

        ## 激化情况

        {escalation ?? Escalation}

        ## 处理方法

        {handling ?? Handling}

        ## 复盘反思

        {retrospective ?? Retrospective}

        """;

    /// <summary>The SOP findings for <paramref name="text"/>, as lint reports them.</summary>
    public static IReadOnlyList<Finding> Check(string text, LintRules? rules = null)
    {
        var parsed = new PlaybookParser(FixedClock.Today).Parse(Path, text);
        Assert.DoesNotContain(parsed.Findings, f => f.IsError);
        return SopChecker.Check(parsed.Playbook!, rules);
    }

    /// <summary>The lines of <paramref name="text"/> that lint flags with <paramref name="code"/>, in order.</summary>
    public static IEnumerable<int> LinesFlagged(string text, string code) => Check(text).Where(f => f.Code == code).Select(f => f.Line);

    /// <summary>The 1-based line of the first line of <paramref name="text"/> that contains <paramref name="fragment"/>.</summary>
    public static int LineOf(string text, string fragment) =>
        text.Split('\n').Select((line, i) => (line, i)).First(l => l.line.Contains(fragment, StringComparison.Ordinal)).i + 1;
}
