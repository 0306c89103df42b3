using Playbooks.Core.Model;
using Playbooks.Site.Content;
using Playbooks.Site.Drilling;

namespace Playbooks.Site.Tests.Drilling;

/// <summary>Which options a drill offers: the playbook's first step, and the first steps of the incidents most easily confused with it.</summary>
public sealed class DrillsTests
{
    private static Playbook Make(string id, string category, params string[] steps) =>
        new() { Id = id, Title = "预案 " + id, Category = category, HandlingSteps = steps };

    [Fact]
    public void Wrong_options_come_from_related_playbooks_first_then_the_same_category()
    {
        var playbooks = new[]
        {
            Make("a", "社群运营", "先禁言刷屏账号", "再发公告"),
            Make("b", "用户运营", "先核实订单"),
            Make("c", "活动运营", "先暂停活动页"),
            Make("d", "社群运营", "先截图留证"),
            Make("e", "电商运营", "先下架商品"),
        };
        var related = new Dictionary<string, IReadOnlyList<string>> { ["a"] = ["b", "c"] };

        var drill = Drills.Of(new SiteContent(playbooks, related), playbooks[0]);

        Assert.Equal("先禁言刷屏账号", drill.Options[drill.AnswerNumber - 1].Text);
        Assert.Equal(["b", "c", "d"], drill.Options.Where(o => !o.IsAnswer).Select(o => o.Source.Id).Order());
        Assert.Single(drill.Options, o => o.IsAnswer);
    }

    [Fact]
    public void A_first_step_that_reads_the_same_as_another_option_is_not_offered_twice()
    {
        var playbooks = new[]
        {
            Make("a", "社群运营", "**先**截图留证"),
            Make("b", "社群运营", "先截图留证"),
            Make("c", "社群运营", "先核实订单"),
            Make("d", "社群运营", "先暂停活动页"),
        };

        var drill = Drills.Of(new SiteContent(playbooks, new Dictionary<string, IReadOnlyList<string>>()), playbooks[0]);

        Assert.Equal(["c", "d"], drill.Options.Where(o => !o.IsAnswer).Select(o => o.Source.Id).Order());
        Assert.Equal(drill.Options.Count, drill.Options.Select(o => o.Text).Distinct().Count());
    }

    [Fact]
    public void Only_playbooks_with_steps_are_drilled_and_only_once_three_have_steps()
    {
        var playbooks = new[]
        {
            Make("a", "社群运营", "先禁言"),
            Make("b", "社群运营"),
            Make("c", "社群运营", "先核实订单"),
        };
        var none = new Dictionary<string, IReadOnlyList<string>>();

        // "a" and "c" would have only each other to offer: a choice between two is not worth a drill.
        Assert.Empty(Drills.Available(new SiteContent(playbooks, none)));
        Assert.Equal(["a", "c", "d"], Drills.Available(new SiteContent(playbooks.Append(Make("d", "用户运营", "先截图")), none)).Select(p => p.Id));
    }
}
