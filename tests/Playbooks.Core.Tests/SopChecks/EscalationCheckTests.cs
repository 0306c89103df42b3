using Playbooks.Core.Diagnostics;

namespace Playbooks.Core.Tests.SopChecks;

/// <summary>Escalation rungs as other teams write them (tests/corpora): discrete events, counts in words, hand-overs.</summary>
public sealed class EscalationCheckTests
{
    [Fact]
    public void A_discrete_event_is_its_own_threshold_but_a_matter_of_degree_needs_a_number()
    {
        var text = SopPlaybook.Text(escalation: """
            - 收到警方协查函 → 当天通知法务；
            - 媒体或大 V 报道 → 通知品牌公关；
            - 超过自动确认期限仍未结算 → 转技术支持；
            - 视频播放量过万 → 通知品牌公关；
            - 用户情绪激动 → 上报客服主管；
            - 差评集中出现 → 通知店长；
            - 投诉超过 → 上报客服主管。
            """);

        Assert.Equal(
            [SopPlaybook.LineOf(text, "情绪激动"), SopPlaybook.LineOf(text, "差评集中"), SopPlaybook.LineOf(text, "投诉超过")],
            SopPlaybook.LinesFlagged(text, FindingCodes.EscalationNoThreshold));
    }

    [Fact]
    public void Reporting_to_someone_after_the_arrow_names_a_recipient_whatever_their_title()
    {
        var text = SopPlaybook.Text(escalation: """
            - 应用商店评分 24 小时内掉 0.3 以上 → 报总编室；
            - 1 分钟内成交超过平时 10 倍 → 中控立刻核对价格；
            - 连续 2 天晚于 13 点到货 → 城配调度复核排线；
            - 断流超过 2 分钟 → 切备用方案。
            """);

        Assert.Equal([SopPlaybook.LineOf(text, "断流超过")], SopPlaybook.LinesFlagged(text, FindingCodes.EscalationNoRecipient));
    }

    [Fact]
    public void Quality_control_a_doctor_and_English_team_names_after_the_arrow_are_recipients()
    {
        // The fifth audit's pet-services and cross-border teams (tests/corpora/fifth-team).
        var text = SopPlaybook.Text(escalation: """
            - 出现需要就医的伤口 → 服务品控当天介入；
            - 入库差异超过 5% → Logistics 当天开调查 case；
            - 同一批次 3 单以上 → 质检组长复检；
            - 同一领养人名下有 2 次以上领养记录 → 立即冻结领养资格。
            """);

        Assert.Equal([SopPlaybook.LineOf(text, "同一领养人")], SopPlaybook.LinesFlagged(text, FindingCodes.EscalationNoRecipient));
    }
}
