namespace Playbooks.Cli.Tests.Support;

/// <summary>Case write-ups in the bracket style, for <c>playbooks import</c>.</summary>
internal static class SampleArticles
{
    /// <summary>
    /// A preamble (lines 1–3), two cases (line 5: complete; line 24: no 风险源头 or 复盘反思) and a footer (lines 36–38).
    /// </summary>
    public const string TwoCases = """
        社群运营翻车现场合集

        今天分享两个案例，记得点赞收藏。

        1、优惠券被羊毛党批量薅走

        【社群背景】
        618 大促前在福利群发了满 100 减 50 的券。

        【风险源头】
        券没有限制每人领取次数。

        【激化情况】
        券码被转到羊毛群，一小时内核销 3000 张。

        【处理方法】
        1.运营立刻在后台停用这批券码。
        2.客服统一口径回复用户。
        3.技术补上每人限领一次的校验。

        【复盘反思】
        发券前过一遍风控清单。

        2、团长在群里和顾客吵架

        【社群背景】
        社区团购群，团长是兼职宝妈。

        【激化情况】
        团长回了一句“爱买不买”，截图被转到业主群。

        【处理方法】
        1.运营私聊顾客道歉并退款。
        2.给团长安排售后话术培训。

        更多阅读
        社群冷启动的五个步骤
        Copyright © 2026 某某科技 版权所有
        """;
}
