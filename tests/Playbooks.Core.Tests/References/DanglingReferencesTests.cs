using Playbooks.Core.Diagnostics;
using Playbooks.Core.KnowledgeBase;
using Playbooks.Core.Parsing;

namespace Playbooks.Core.Tests.References;

/// <summary>
/// lint warns where a playbook points at one the knowledge base no longer has (renamed or deleted), at the reference's
/// line and column, with the closest existing playbook when there is one; words that merely look like references stay quiet.
/// </summary>
public sealed class DanglingReferencesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private void Write(string relative, string id, string title, string handling)
    {
        var path = Path.Combine(_folder.Path, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, $"""
            ---
            id: {id}
            title: {title}
            category: 电商运营
            severity: 高
            owner: 电商运营主管
            updated: 2026-11-01
            ---
            ## 背景
            大促当天。
            ## 风险源头
            规则没有复核。
            ## 激化情况
            十分钟内投诉超过 20 条 → 通知电商运营主管。
            ## 处理方法
            1. **客服（5 分钟内）** 统一回复口径。
            2. **运营（10 分钟内）** {handling}
            ## 复盘反思
            上线前复核规则。
            """);
    }

    private List<Finding> Dangling()
    {
        var kb = new KnowledgeBaseLoader(new PlaybookParser(FixedClock.Today)).Load(_folder.Path);
        return kb.Findings.Where(f => f.Code == FindingCodes.DanglingReference).ToList();
    }

    private const string HandlingLine = "2. **运营（10 分钟内）** ";

    [Fact]
    public void A_bracketed_id_after_预案_that_no_playbook_has_names_the_closest_id()
    {
        Write("ecommerce/refund-wave.md", "refund-wave", "大促后集中退款", "按规则处理。");
        Write("ecommerce/coupon-abuse.md", "coupon-abuse", "优惠券被刷", "同时看退款预案（refund-waves）。");

        var warning = Assert.Single(Dangling());

        Assert.Equal($"{_folder.Path}/ecommerce/coupon-abuse.md", warning.Path);
        Assert.Equal((17, HandlingLine.Length + "同时看退款预案".Length + 1), (warning.Line, warning.Column));
        Assert.Equal(FindingLevel.Warning, warning.Level);
        Assert.Equal("引用的预案（refund-waves）不存在（可能已改名或删除）：读者找不到它", warning.Message);
        Assert.Equal("是不是指 refund-wave（大促后集中退款）？把括号里的 id 改成它", warning.Fix);
    }

    [Fact]
    public void A_link_to_a_playbook_file_that_is_gone_names_the_moved_file()
    {
        Write("ecommerce/refund-wave.md", "refund-wave", "大促后集中退款", "按规则处理。");
        Write("community/bot-flood.md", "bot-flood", "机器人刷屏", "退款的看[退款预案](../user/refund-wave.md#处理方法)。");

        var warning = Assert.Single(Dangling());

        Assert.Equal((17, HandlingLine.Length + "退款的看".Length + 1), (warning.Line, warning.Column));
        Assert.Equal("链接 [退款预案](../user/refund-wave.md#处理方法) 指向的文件不存在（可能已改名、移动或删除）：读者点开是坏链接，网站上只显示文字", warning.Message);
        Assert.Equal("是不是指 ../ecommerce/refund-wave.md（大促后集中退款）？把链接改成它", warning.Fix);
    }

    [Fact]
    public void A_title_in_book_marks_close_to_an_existing_title_names_it()
    {
        Write("ecommerce/refund-wave.md", "refund-wave", "大促后集中退款", "按规则处理。");
        Write("ecommerce/coupon-abuse.md", "coupon-abuse", "优惠券被刷", "同时按《大促后集体退款》处理。");

        var warning = Assert.Single(Dangling());

        Assert.Equal("是不是指《大促后集中退款》（refund-wave）？把书名号里的标题改成它", warning.Fix);
    }

    [Fact]
    public void A_reference_after_预案_with_nothing_close_says_how_to_fix_it()
    {
        Write("ecommerce/coupon-abuse.md", "coupon-abuse", "优惠券被刷", "看物流延迟预案（logistics-delay）。");

        var warning = Assert.Single(Dangling());

        Assert.Equal("改成现有预案的 id（`playbooks list` 列出全部），或删掉这个引用", warning.Fix);
    }

    [Fact]
    public void Existing_targets_and_things_that_only_look_like_references_are_not_warned()
    {
        Write("ecommerce/refund-wave.md", "refund-wave", "大促后集中退款", "按《个人信息保护法》处理（covid-19），见 `（no-such-id）`。");
        Write("ecommerce/coupon-abuse.md", "coupon-abuse", "优惠券被刷",
            "看退款预案（refund-wave）、[退款](refund-wave.md)、[说明](../README.md)、[外链](https://example.com/x.md)、《大促后集中退款》。");
        File.WriteAllText(Path.Combine(_folder.Path, "README.md"), "# 预案库\n");

        Assert.Empty(Dangling());
    }
}
