using Playbooks.Core.Diagnostics;

namespace Playbooks.Core.Tests.SopChecks;

/// <summary>
/// The ways other teams write who does a step and by when (tests/corpora): each is read as the SOP it is, and the
/// step that really names nobody or no deadline is still flagged beside it.
/// </summary>
public sealed class HandlingStepCheckTests
{
    [Fact]
    public void Sub_steps_under_a_step_are_read_with_it_not_as_steps_of_their_own()
    {
        var text = SopPlaybook.Text(handling: """
            1、客服组长（当天）：调整处理规则：
               - 首次购买、金额小的，照常同意；
               - 照片是网图的，拒绝并说明理由。
            2. **店铺负责人（30 分钟内）**：导出错误价格期间的订单：
               - 金额小 → 认了，正常发货；
               - 金额大 → 联系买家协商取消。
            3. 把名单发到群里。
            """);

        Assert.Equal([SopPlaybook.LineOf(text, "3. 把名单")], SopPlaybook.LinesFlagged(text, FindingCodes.StepNoRole));
        Assert.Equal([SopPlaybook.LineOf(text, "3. 把名单")], SopPlaybook.LinesFlagged(text, FindingCodes.StepNoTimeLimit));
    }

    [Fact]
    public void A_role_and_time_limit_in_the_lead_in_or_sub_heading_hold_for_the_list_under_it()
    {
        var text = SopPlaybook.Text(handling: """
            以下由值班客服在 10 分钟内完成：
            1. 开启全员禁言。
            2. 清理广告号。

            **商务负责人**（24 小时内）
            对照合同和聊天记录判断责任：
            - 我方问题 → 优先补播一场；
            - 说不清的 → 各让一步。

            ### 第二阶段：社群运营主管（当天）
            - 在群里发说明。

            群恢复以后再看数据。
            - 复盘群码来源。
            """);

        // A paragraph that does not introduce a list ends the lead-in: the last step names nobody and no deadline.
        Assert.Equal([SopPlaybook.LineOf(text, "- 复盘群码来源")], SopPlaybook.LinesFlagged(text, FindingCodes.StepNoRole));
        Assert.Equal([SopPlaybook.LineOf(text, "- 复盘群码来源")], SopPlaybook.LinesFlagged(text, FindingCodes.StepNoTimeLimit));
    }

    [Fact]
    public void The_role_is_read_after_an_ordinal_or_an_opening_condition_but_not_from_whoever_is_told()
    {
        var text = SopPlaybook.Text(handling: """
            - 第一步，技术运营值班（10 分钟内）：先通知运营和客服。
            - T+10min：选择退款的，客服加急走原路退款。
            - **如果概率没问题**：社区运营当天发一篇说明。
            - T+1h：客人入住后，客服回电确认。
            - 对已经付款的用户，平台治理部在 3 个工作日内整理材料。
            - **如果确实配错了**：立刻修正，由法务确认方案合规。
            - 对已经付款的用户，当天通知客服处理。
            - 第六步，如果是因为刷 bug 回档：公告里当天说明。
            """);

        Assert.Equal(
            [SopPlaybook.LineOf(text, "**如果确实配错了**"), SopPlaybook.LineOf(text, "当天通知客服处理"), SopPlaybook.LineOf(text, "第六步")],
            SopPlaybook.LinesFlagged(text, FindingCodes.StepNoRole));
    }

    [Fact]
    public void A_name_with_a_bracketed_time_is_a_role_without_bold_or_with_bold_round_the_name_only()
    {
        var text = SopPlaybook.Text(handling: """
            1. 站长（1 小时内）：联系骑手了解经过。
            2. 教务（5 分钟内）：确认平台是否故障。
            3. **城配调度**（发现当天）：把线路拆成两条。
            4. **政府关系**（同步进行）：向主管部门报备。
            5、高峰过后（次日）：把"先发后审"恢复原状。
            6. 恢复后（24 小时内）：全量补审。
            """);

        // A bracketed time after a moment ("高峰过后", "恢复后") is when, and nobody is named.
        Assert.Equal([SopPlaybook.LineOf(text, "5、高峰过后"), SopPlaybook.LineOf(text, "6. 恢复后")], SopPlaybook.LinesFlagged(text, FindingCodes.StepNoRole));
        Assert.Empty(SopPlaybook.LinesFlagged(text, FindingCodes.StepNoTimeLimit));
    }

    [Fact]
    public void Quality_control_and_English_team_names_opening_a_step_are_roles()
    {
        var text = SopPlaybook.Text(handling: """
            一、服务品控（收到差评 2 小时内）联系用户道歉。
            二、Finance（一周内）：评估冻结资金对备货的影响。
            三、当天全额退服务费。
            """);

        Assert.Equal([SopPlaybook.LineOf(text, "三、当天")], SopPlaybook.LinesFlagged(text, FindingCodes.StepNoRole));
    }

    [Fact]
    public void A_bracketed_deadline_before_or_within_a_known_stretch_is_a_time_limit_but_a_condition_is_not()
    {
        var text = SopPlaybook.Text(handling: """
            1. **运营（开服前）** 发停服公告。
            2. 售后专员（举证期内）：写情况说明。
            3. 店铺负责人（平台投诉时限内）：上传发货凭证。
            4. **场控（实时）** 开启关键词屏蔽。
            5. **检票组长（被拦即时）** 把观众引导到服务台。
            6. 风控专员（月度）：整理团伙材料报警。
            7. 仓储负责人（恢复后）：恢复发货。
            8. 客诉专员（收到监管工单时）：书面回复。
            9. 内容审核组：恢复实时展示和评分更新。
            """);

        // "恢复后" and "收到工单时" say when a step starts, not by when it is done; "实时展示" describes the display.
        Assert.Equal(
            [SopPlaybook.LineOf(text, "7. 仓储"), SopPlaybook.LineOf(text, "8. 客诉"), SopPlaybook.LineOf(text, "9. 内容审核组")],
            SopPlaybook.LinesFlagged(text, FindingCodes.StepNoTimeLimit));
        Assert.Empty(SopPlaybook.LinesFlagged(text, FindingCodes.StepNoRole));
    }
}
