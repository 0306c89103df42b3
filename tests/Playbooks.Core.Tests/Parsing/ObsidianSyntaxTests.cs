using Playbooks.Core.Parsing;

namespace Playbooks.Core.Tests.Parsing;

/// <summary>
/// Obsidian's wiki links and callout markers read as a reader sees them: the index holds the words shown, not the
/// link's target id or the callout's kind.
/// </summary>
public sealed class ObsidianSyntaxTests
{
    [Theory]
    [InlineData("详见 [[bot-flood|机器人刷屏预案]]。", "详见 机器人刷屏预案。")]
    [InlineData("详见 [[bot-flood]]。", "详见 bot-flood。")]
    [InlineData("详见 [[bot-flood|]]。", "详见 bot-flood。")]
    [InlineData("> [!warning] 注意\n> 不要点开任何陌生链接。", "注意\n不要点开任何陌生链接。")]
    [InlineData("> [!tip]-\n> 先截图留证。", "先截图留证。")]
    public void Reads_wiki_links_and_callouts_as_shown(string markdown, string expected) =>
        Assert.Equal(expected, PlainText.FromMarkdown(markdown));

    [Theory]
    [InlineData("数组写法 a[[0]] 以外的 [[ 不成对")]
    [InlineData("正文里写 [!warning] 不是引用的开头")]
    [InlineData("> 引用中间的 [!note] 照原样")]
    public void Leaves_other_brackets_as_written(string markdown) =>
        Assert.Contains("[", PlainText.FromMarkdown(markdown));
}
