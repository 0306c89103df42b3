using Playbooks.Cli.Output.Layout;
using Spectre.Console;

namespace Playbooks.Cli.Tests.Output.Layout;

public sealed class WrappedTextTests
{
    [Fact]
    public void Continuation_lines_align_under_the_text_after_a_list_number()
    {
        var step = WrappedText.Hanging("1. ", "场控（1 分钟内） 设备或网络出问题立即切备用：备用手机、备用推流");

        var lines = RenderedText.Lines(step, 30);

        Assert.Equal(
        [
            "1. 场控（1 分钟内） 设备或网络",
            "   出问题立即切备用：备用手",
            "   机、备用推流",
        ], lines);
    }

    [Fact]
    public void A_section_label_keeps_its_snippet_beside_it_and_the_rest_under_the_snippet()
    {
        var snippet = WrappedText.Hanging("   [grey]激化情况：[/]", Markup.Escape("卡顿、黑屏、无声超过 3 分钟仍未恢复，或 5 分钟内在线人数掉了一半"));

        var lines = RenderedText.Lines(snippet, 40);

        Assert.Equal(
        [
            "   激化情况：卡顿、黑屏、无声超过 3 分钟",
            "             仍未恢复，或 5 分钟内在线人",
            "             数掉了一半",
        ], lines);
    }

    [Fact]
    public void Markdown_list_items_hang_under_their_text_and_blank_lines_stay()
    {
        var body = TerminalParagraphs.From("- 只有一条网络、一台设备，手机推流发烫降帧。\n\n1. 开播前彩排");

        var lines = RenderedText.Lines(body, 24);

        Assert.Equal(["- 只有一条网络、一台设", "  备，手机推流发烫降帧。", "", "1. 开播前彩排"], lines);
    }

    [Fact]
    public void Escapes_control_characters_before_measuring_them()
    {
        var lines = RenderedText.Lines(WrappedText.Plain("标题\u001b[2J里有转义"), 12);

        Assert.Empty(LayoutRules.Violations(lines, 12, []));
        Assert.Contains("\\u001b", string.Concat(lines));
    }
}
