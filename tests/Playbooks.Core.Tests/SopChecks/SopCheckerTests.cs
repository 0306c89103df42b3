using Playbooks.Core.Authoring;
using Playbooks.Core.Diagnostics;
using Playbooks.Core.KnowledgeBase;
using Playbooks.Core.Model;
using Playbooks.Core.Parsing;
using Playbooks.Core.Settings;
using Playbooks.Core.SopChecks;

namespace Playbooks.Core.Tests.SopChecks;

public sealed class SopCheckerTests
{
    [Fact]
    public void A_playbook_with_thresholds_recipients_roles_time_limits_and_actions_passes()
    {
        Assert.Empty(SopPlaybook.Check(SopPlaybook.Text()));
    }

    [Theory]
    [InlineData("### ")]
    [InlineData("# ")]
    public void Parts_written_at_another_heading_level_are_each_checked_on_their_own_lines(string marks)
    {
        // Each part ends at the next part's heading: before, a part read as ### ran on to the next # or ##, so the
        // retrospective's items were checked as escalation signals and handling steps too.
        var text = SopPlaybook.Text().Replace("\n## ", "\n" + marks);

        Assert.Empty(SopPlaybook.Check(text));
    }

    [Fact]
    public void A_note_of_label_lines_is_checked_on_the_words_after_each_label()
    {
        // 复盘：<an action> on one line: the action is the retrospective's only item, on the label's own line.
        var text = """
            ---
            id: sample
            title: 机器人小号涌进群刷屏
            category: 社群运营
            severity: 高
            owner: 社群运营主管
            updated: 2026-11-19
            ---
            背景：群码泄露后几分钟内涌进几十个新号。
            原因：群码直接公开。
            升级：10 分钟内新进成员超过 20 人 → 通知社群运营主管。
            处理：
            1、**社群助教（2 分钟内）** 开启群聊邀请确认，停用对外的群码。
            2、**社群运营主管（30 分钟内）** 在群里说明已经清理。
            复盘：群码改为活码，每个渠道单独一个，单码入群上限 200 人。
            """;

        Assert.Empty(SopPlaybook.Check(text));
        Assert.Equal([SopPlaybook.LineOf(text, "复盘：")],
            SopPlaybook.LinesFlagged(text.Replace("群码改为活码，每个渠道单独一个，单码入群上限 200 人。", "大家辛苦了，下次注意。"), FindingCodes.RetrospectiveNoAction));
    }

    [Fact]
    public void Escalation_items_without_a_threshold_are_flagged_at_their_own_lines()
    {
        var text = SopPlaybook.Text(escalation: """
            - 10 分钟内新进成员超过 20 人 → 社群助教立即开启禁言；
            - 新进成员很多 → 社群助教开启禁言；
            - 诈骗链接越来越多 → 通知社群运营主管。
            """);

        var findings = SopPlaybook.Check(text).Where(f => f.Code == FindingCodes.EscalationNoThreshold).ToList();

        Assert.Equal([SopPlaybook.LineOf(text, "新进成员很多"), SopPlaybook.LineOf(text, "诈骗链接越来越多")], findings.Select(f => f.Line));
        Assert.All(findings, f => Assert.Equal(FindingLevel.Warning, f.Level));
        Assert.Equal(
            $"{SopPlaybook.Path}:{findings[0].Line}:1: 警告: 激化信号“新进成员很多 → 社群助教开启禁言；”没有阈值（数字、时间或次数）：值班同学判断不了什么时候该升级，容易升级太晚或层层上报 — 写出可数的阈值，例如“30 分钟内 3 人以上公开附和 → 通知社群运营主管”；一出现就要升级的写“一旦出现…”",
            findings[0].ToString());
    }

    [Fact]
    public void Bundled_playbook_with_its_escalation_numbers_removed_is_flagged_at_each_item_that_had_one()
    {
        var original = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "playbooks", "community", "bot-flood.md"));
        // The same ladder with every number taken out ("超过 人", " 以上的群"): what a first draft often looks like. The
        // rung without a number ("一旦刷屏内容含…诈骗链接") is a discrete event and stays a threshold of its own.
        var lines = original.Split('\n');
        var start = Array.IndexOf(lines, "## 激化情况");
        var end = Array.IndexOf(lines, "## 处理方法");
        var items = new List<int>();
        for (var i = start + 1; i < end; i++)
            if (lines[i].StartsWith("- ", StringComparison.Ordinal) && lines[i].Any(char.IsAsciiDigit))
            {
                lines[i] = System.Text.RegularExpressions.Regex.Replace(lines[i], @"\d+\s*%?|个", "");
                items.Add(i + 1);
            }
        var stripped = string.Join('\n', lines);

        var parsed = new PlaybookParser(FixedClock.Today).Parse("playbooks/community/bot-flood.md", stripped);
        var flagged = SopChecker.Check(parsed.Playbook!).Where(f => f.Code == FindingCodes.EscalationNoThreshold).Select(f => f.Line);

        Assert.Equal(3, items.Count);
        Assert.Equal(items, flagged);
        Assert.Empty(SopChecker.Check(new PlaybookParser(FixedClock.Today).Parse("bot-flood.md", original).Playbook!));
    }

    [Fact]
    public void Escalation_items_that_tell_nobody_are_flagged()
    {
        var text = SopPlaybook.Text(escalation: """
            - 10 分钟内新进成员超过 20 人 → 立即开启禁言；
            - 客服 1 小时内收到 10 条投诉；
            - 客服 1 小时内收到 10 条投诉 → 上报客服主管。
            """);

        var findings = SopPlaybook.Check(text).Where(f => f.Code == FindingCodes.EscalationNoRecipient).ToList();

        // The second item names a role, but as part of the signal: nobody is told.
        Assert.Equal([SopPlaybook.LineOf(text, "立即开启禁言"), SopPlaybook.LineOf(text, "条投诉；")], findings.Select(f => f.Line));
        Assert.Contains("没有写通知谁", findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Handling_steps_without_a_role_or_a_time_limit_are_flagged()
    {
        var text = SopPlaybook.Text(handling: """
            1. **社群助教（2 分钟内）** 开启群聊邀请确认。
            2. 开启全员禁言，5 分钟内清人。
            3. **社群运营主管** 在群里发说明。
            4. **法务（需要时）** 保全证据，通知客服。
            5. 社群运营：当天内查清群码从哪里泄露。
            """);

        var findings = SopPlaybook.Check(text);

        Assert.Equal([SopPlaybook.LineOf(text, "2. 开启全员禁言")], Lines(findings, FindingCodes.StepNoRole));
        Assert.Equal([SopPlaybook.LineOf(text, "3. **社群运营主管**"), SopPlaybook.LineOf(text, "4. **法务")], Lines(findings, FindingCodes.StepNoTimeLimit));
        Assert.Contains("没有写由谁来做", findings.First(f => f.Code == FindingCodes.StepNoRole).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_marks_count_as_time_limits_and_the_role_is_read_after_them()
    {
        var text = SopPlaybook.Text(handling: """
            - T+0：值班客服接到电话，先稳住客人。
            - T+30min：支付组查清扣款去向。
            - D+1: **数据组** 出影响名单。
            - 客服（进线当时）：先把账单讲清楚。
            - T+2h：先把影响名单拉出来。
            - T-12h（有预警时）：机票运营给预警航线的旅客发提醒短信。
            - 风控部门 2h内 复核冻结名单。
            - 把账单讲清楚。
            """);

        var findings = SopPlaybook.Check(text);

        Assert.Equal([SopPlaybook.LineOf(text, "- T+2h："), SopPlaybook.LineOf(text, "- 把账单讲清楚")], Lines(findings, FindingCodes.StepNoRole));
        Assert.Equal([SopPlaybook.LineOf(text, "- 把账单讲清楚")], Lines(findings, FindingCodes.StepNoTimeLimit));
    }

    [Fact]
    public void A_bold_name_with_a_bracketed_time_is_a_role_whatever_the_team_calls_it()
    {
        var text = SopPlaybook.Text(handling: """
            1. **CSM（24 小时内）** 按续约日期给客户分级。
            2. **Community Manager（1 小时内）** 在论坛置顶说明。
            3. **引座员（T+0，2 分钟内）** 把双方请到走廊。
            4. **营养师（当天）** 重新制定食谱。
            5. CS Lead：30 分钟内批准临时延长授权。
            6. **立即禁言** 10 分钟内清人。
            7. 先在 2 小时内把名单拉出来。
            """);

        var findings = SopPlaybook.Check(text);

        // A bold lead without the template's bracketed time is read as words: an action there names nobody.
        Assert.Equal([SopPlaybook.LineOf(text, "**立即禁言**"), SopPlaybook.LineOf(text, "7. 先在")], Lines(findings, FindingCodes.StepNoRole));
    }

    [Fact]
    public void A_retrospective_of_feelings_only_is_flagged_at_its_heading_and_vague_items_at_theirs()
    {
        var feelings = SopPlaybook.Text(retrospective: "这次事故让大家都很受触动，教训深刻。");
        var vague = SopPlaybook.Text(retrospective: """
            - 加强群管理，提高安全意识；
            - 群码改为活码，每个渠道单独一个。
            """);

        Assert.Equal([SopPlaybook.LineOf(feelings, "## 复盘反思")], Lines(SopPlaybook.Check(feelings), FindingCodes.RetrospectiveNoAction));
        Assert.Equal([SopPlaybook.LineOf(vague, "加强群管理")], Lines(SopPlaybook.Check(vague), FindingCodes.RetrospectiveNoAction));
    }

    [Theory]
    [InlineData("- 换票必须扫码，系统按票种提示发哪种手环。")]
    [InlineData("- 嘉宾合同加违约金条款，宣传物料标注“嘉宾以现场为准”。")]
    [InlineData("- 番位类信息统一说明“按字母顺序排列”。")]
    [InlineData("- 入口给儿童发放写有家长电话的手环。")]
    public void A_rule_written_as_must_clause_marking_or_handing_out_is_a_concrete_action(string item)
    {
        // The third audit's ticketing team wrote these; each changes something anyone can check next time.
        Assert.DoesNotContain(SopPlaybook.Check(SopPlaybook.Text(retrospective: item)), f => f.Code == FindingCodes.RetrospectiveNoAction);
    }

    [Fact]
    public void A_section_still_showing_the_template_hint_is_flagged()
    {
        // The hint `playbooks new` writes, with its comment markers deleted: it looks written and would be indexed.
        var hint = SectionGuidance.For(SectionKind.Retrospective);
        var text = SopPlaybook.Text(retrospective: hint);
        var placeholder = SopPlaybook.Text(handling: "1. **社群助教（2 分钟内）** 待填写");

        var finding = Assert.Single(SopPlaybook.Check(text), f => f.Code == FindingCodes.TemplateHint);
        Assert.Equal(SopPlaybook.LineOf(text, hint), finding.Line);
        Assert.Equal([SopPlaybook.LineOf(placeholder, "待填写")], Lines(SopPlaybook.Check(placeholder), FindingCodes.TemplateHint));
        // Left as a comment the hint is invisible: the section is empty, which the parser reports, not this rule.
        Assert.DoesNotContain(SopPlaybook.Check(SopPlaybook.Text(retrospective: "- 群码改为活码，单码上限 200 人。\n" + SectionGuidance.Comment(SectionKind.Retrospective))),
            f => f.Code == FindingCodes.TemplateHint);
    }

    [Fact]
    public void Vague_words_without_a_number_nearby_are_flagged_at_their_column()
    {
        var text = SopPlaybook.Text(handling: """
            1. **社群助教（2 分钟内）** 开启群聊邀请确认，尽快清人。
            2. **客服（当天内）** 及时在 30 分钟内回复私信，给用户适当补偿。
            3. **活动运营（30 分钟内）** 拿到确定日期，不接受"尽快"。
            """);

        var findings = SopPlaybook.Check(text).Where(f => f.Code == FindingCodes.VagueWord).ToList();

        var step1 = SopPlaybook.LineOf(text, "尽快清人");
        var step2 = SopPlaybook.LineOf(text, "适当补偿");
        Assert.Equal([(step1, text.Split('\n')[step1 - 1].IndexOf("尽快", StringComparison.Ordinal) + 1), (step2, text.Split('\n')[step2 - 1].IndexOf("适当", StringComparison.Ordinal) + 1)],
            findings.Select(f => (f.Line, f.Column)));
        Assert.StartsWith("“尽快”没有具体数字", findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_playbook_with_no_review_date_is_flagged_and_updated_counts_as_one()
    {
        var none = SopPlaybook.Check(SopPlaybook.Text(dates: "source: 种子文档\n"));
        var reviewedOnly = SopPlaybook.Check(SopPlaybook.Text(dates: "reviewed: 2026-11-01\n"));

        var finding = Assert.Single(none, f => f.Code == FindingCodes.NoReviewDate);
        Assert.Equal(1, finding.Line);
        Assert.Contains("reviewed:", finding.Fix, StringComparison.Ordinal);
        Assert.Empty(reviewedOnly);
    }

    [Fact]
    public void The_knowledge_bases_lint_section_turns_rules_off_or_into_errors()
    {
        var text = SopPlaybook.Text(handling: "1. 开启全员禁言，尽快清人。\n2. 发公告。");
        var rules = SettingsFile.Parse("kb/playbooks.yml", "lint:\n  vague-word: off\n  step-no-role: error\n").Lint;

        var findings = SopPlaybook.Check(text, rules);

        Assert.DoesNotContain(findings, f => f.Code == FindingCodes.VagueWord);
        Assert.All(findings.Where(f => f.Code == FindingCodes.StepNoRole), f => Assert.Equal(FindingLevel.Error, f.Level));
        Assert.Equal(2, findings.Count(f => f.Code == FindingCodes.StepNoRole));
        Assert.All(findings.Where(f => f.Code == FindingCodes.StepNoTimeLimit), f => Assert.Equal(FindingLevel.Warning, f.Level));
    }

    [Fact]
    public void Lint_reports_the_sop_findings_of_every_playbook_at_the_knowledge_bases_levels()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "sample.md"), SopPlaybook.Text(handling: "1. 开启全员禁言。\n2. **客服（当天）** 回复私信。"));
        File.WriteAllText(Path.Combine(folder.Path, "playbooks.yml"), "lint: { step-no-role: 错误, step-no-time-limit: off }\n");

        var loaded = new KnowledgeBaseLoader(new PlaybookParser(FixedClock.Today)).Load(folder.Path);

        var finding = Assert.Single(loaded.Findings);
        Assert.Equal((FindingCodes.StepNoRole, FindingLevel.Error), (finding.Code, finding.Level));
        Assert.Equal(1, loaded.ErrorCount);
    }

    private static IEnumerable<int> Lines(IEnumerable<Finding> findings, string code) =>
        findings.Where(f => f.Code == code).Select(f => f.Line);
}
