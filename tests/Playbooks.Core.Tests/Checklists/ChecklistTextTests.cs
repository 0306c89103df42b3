using Playbooks.Core.Checklists;
using Playbooks.Core.Model;

namespace Playbooks.Core.Tests.Checklists;

public sealed class ChecklistTextTests
{
    private static Playbook Sample(params string[] steps) => new()
    {
        Id = "bot-flood",
        Title = "机器人小号涌进群刷屏",
        Severity = Severity.High,
        SeverityLabel = "高",
        Owner = "社群运营主管",
        HandlingSteps = steps,
    };

    [Fact]
    public void Puts_role_and_time_limit_first_and_numbers_each_step_with_a_box()
    {
        var text = ChecklistText.Plain(Sample("**社群助教（2 分钟内）** 开启**全员禁言**。", "**客服主管**：统一口径。", "发公告。"));

        Assert.Equal("""
            【处理清单】机器人小号涌进群刷屏
            预案 bot-flood · 严重程度 高 · 负责人 社群运营主管

            ☐ 1. 【社群助教｜2 分钟内】开启全员禁言。
            ☐ 2. 【客服主管】统一口径。
            ☐ 3. 发公告。

            """, text);
    }

    [Fact]
    public void Quotes_announcement_scripts_and_keeps_links_and_sub_items_readable_as_plain_text()
    {
        var step = "**社群运营主管（30 分钟内）** 在群里发说明：\"刚才是广告机器人\"，见[群规](https://example.com/rules)和 `置顶名单`\n- 不要点链接\n- 不要扫码\n\n> 官方工作人员以置顶名单为准";

        var text = ChecklistText.Plain(Sample(step));

        Assert.EndsWith("""
            ☐ 1. 【社群运营主管｜30 分钟内】在群里发说明：“刚才是广告机器人”，见群规（https://example.com/rules）和 置顶名单
               · 不要点链接
               · 不要扫码
               “官方工作人员以置顶名单为准”

            """, text);
    }

    [Fact]
    public void Markdown_variant_is_a_task_list_with_the_same_leads()
    {
        var text = ChecklistText.Markdown(Sample("**社群助教（2 分钟内）** 开启\"全员禁言\"。\n- 普通群没有禁言", "发公告。"));

        Assert.Equal("""
            ### 处理清单：机器人小号涌进群刷屏

            预案 bot-flood · 严重程度 高 · 负责人 社群运营主管

            - [ ] **1. 社群助教｜2 分钟内** 开启“全员禁言”。
              - 普通群没有禁言
            - [ ] **2.** 发公告。

            """, text);
    }

    [Fact]
    public void An_unpaired_straight_quote_is_left_as_written()
    {
        Assert.Equal("回复\"好的", Quotes.Normalize("回复\"好的"));
        Assert.Equal("回复“好的”，再说“谢谢”", Quotes.Normalize("回复\"好的\"，再说\"谢谢\""));
    }
}
