using Playbooks.Core.Diagnostics;

namespace Playbooks.Core.Tests.Diagnostics;

public sealed class SkipWarningsTests
{
    private static Finding Error(string code, int line, string message) =>
        new("kb/a.md", line, 1, FindingLevel.Error, code, message, "按提示修改");

    private static Finding Warning(string message) =>
        new("kb/a.md", 2, 1, FindingLevel.Warning, "missing-owner", message, "补上负责人");

    [Fact]
    public void Names_the_line_and_the_first_error_that_kept_the_file_out()
    {
        var warning = SkipWarnings.For("kb/a.md", [Warning("缺少 owner"), Error(FindingCodes.NotUtf8, 3, "文件不是 UTF-8 编码（第 28 字节无法解码）")]);

        Assert.Equal("警告：已跳过 kb/a.md:3：文件不是 UTF-8 编码（第 28 字节无法解码）", warning);
    }

    [Fact]
    public void Puts_an_access_problem_first_and_gives_no_line_for_a_whole_file_reason()
    {
        var warning = SkipWarnings.For("kb/a.md", [Error(FindingCodes.EmptyFile, 0, "文件为空"), Error(FindingCodes.FileTooLarge, 1, "文件过大")]);

        Assert.Equal("警告：已跳过 kb/a.md：文件过大", warning);
        Assert.Equal("警告：已跳过 kb/a.md：文件为空", SkipWarnings.For("kb/a.md", [Error(FindingCodes.EmptyFile, 0, "文件为空")]));
    }

    [Fact]
    public void Still_names_the_file_when_no_reason_was_recorded()
    {
        Assert.Equal("警告：已跳过无法读取的文件 kb/a.md", SkipWarnings.For("kb/a.md", [Warning("缺少 owner")]));
    }

    [Fact]
    public void Stays_one_line_when_the_file_name_holds_a_newline()
    {
        // search, list, serve… print this on stderr; a second line would read as a second, nameless warning.
        var warning = SkipWarnings.For("kb/new\nline.md", [Error(FindingCodes.EmptyFile, 0, "文件为空")]);

        Assert.Equal("警告：已跳过 kb/new\\u000aline.md：文件为空", warning);
    }

    [Fact]
    public void Lists_twenty_skipped_files_and_counts_the_rest_in_one_line()
    {
        // A knowledge base beside 50 000 meeting notes printed 50 000 lines on every search.
        var lines = Enumerable.Range(1, 50_000).Select(i => $"警告：已跳过 kb/notes/{i}.md:5：缺少章节“背景”").ToArray();

        var shown = SkipWarnings.Capped(lines).ToArray();

        Assert.Equal(SkipWarnings.MaxListed, shown.Length);
        Assert.Equal(lines[..(SkipWarnings.MaxListed - 1)], shown[..^1]);
        Assert.Equal("警告：另有 49981 个文件或目录已跳过（无法读取或不是预案）；运行 `playbooks lint` 列出全部", shown[^1]);
        Assert.Equal(lines[..SkipWarnings.MaxListed], SkipWarnings.Capped(lines[..SkipWarnings.MaxListed]));
    }
}
