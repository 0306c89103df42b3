using Playbooks.Core.Parsing;

namespace Playbooks.Core.Tests.Parsing;

public sealed class FrontMatterTests
{
    [Fact]
    public void Places_keys_and_values_on_file_lines()
    {
        // The YAML's first line is line 2 of the file (line 1 is the opening ---).
        var frontMatter = FrontMatter.Parse("id: refund-wave\ntags:\n  - 退款\n  - 差评", firstLine: 2);

        Assert.Equal(("id", 2, 2, 5), Position(frontMatter["id"]!));
        Assert.Equal(("tags", 3, 4, 3), Position(frontMatter["tags"]!));
        Assert.Equal(["id", "tags"], frontMatter.Entries.Select(e => e.Key));
    }

    [Fact]
    public void Reads_an_empty_block_as_no_fields()
    {
        Assert.Empty(FrontMatter.Parse("", firstLine: 2).Entries);
        Assert.Empty(FrontMatter.Parse("# 只有注释", firstLine: 2).Entries);
    }

    [Fact]
    public void Names_a_key_written_twice_and_where_it_first_appeared()
    {
        var error = Assert.Throws<FrontMatterException>(() => FrontMatter.Parse("id: a\ntitle: 一\ntitle: 二", firstLine: 2));

        // YamlDotNet reports this only through its message; if an upgrade rewords it, this test says so.
        Assert.Equal("title", error.DuplicateKey);
        Assert.Equal("字段“title”重复出现（第 3 行已有）", error.Message);
        Assert.Equal((4, 1), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("id: a\ntitle: 油费\u0000报销\nowner: 教练队长", "这一行不是“键: 值”的写法：缺少冒号、含有不可见字符，或缩进与上面的字段不一致")]
    [InlineData("id: a\ntitle 群里刷屏\nowner: 教练队长", "这一行不是“键: 值”的写法：缺少冒号、含有不可见字符，或缩进与上面的字段不一致")]
    [InlineData("id: a\ntitle: \"群里刷屏\nowner: 教练队长", "引号没有成对：以引号开头的值要用同样的引号结尾")]
    [InlineData("id: a\ntags: *重要", "值以 * 或 & 开头，YAML 把它当成了引用；请用引号括起来")]
    [InlineData("id: a\ntitle: `群里刷屏`", "值以 YAML 不允许开头的字符开始（如 ` 或 @）；请用引号括起来")]
    public void Says_in_chinese_what_a_yaml_syntax_error_means(string yaml, string expected)
    {
        // Another team's files: the message is read by the lead fixing the file, so it must not be YamlDotNet's English.
        var error = Assert.Throws<FrontMatterException>(() => FrontMatter.Parse(yaml, firstLine: 2));

        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public void Reports_a_list_left_open_as_a_syntax_error_rather_than_crashing()
    {
        // YamlDotNet throws InvalidOperationException for this input (aaubry/YamlDotNet#541).
        var error = Assert.Throws<FrontMatterException>(() => FrontMatter.Parse("id: a\ntags: [刷屏, 广告\nseverity: 中", firstLine: 2));

        Assert.Equal("无法读完这一段，常见原因是 [ 或 { 没有闭合、引号没有成对", error.Message);
        Assert.Equal(3, error.Line);
        Assert.Null(error.DuplicateKey);
        Assert.False(error.NotMapping);
    }

    [Fact]
    public void Points_at_the_line_indented_with_a_tab()
    {
        var error = Assert.Throws<FrontMatterException>(() => FrontMatter.Parse("id: a\ntitle: t\n\tseverity: 中", firstLine: 2));

        Assert.Equal("这一行用了 Tab 缩进，YAML 只能用空格缩进", error.Message);
        Assert.Equal((4, 1), (error.Line, error.Column));
    }

    [Fact]
    public void Names_the_tab_indented_line_under_a_key_not_the_key()
    {
        // YamlDotNet fails at "severity:" with a message about mappings; the tab on the next line is the mistake.
        var error = Assert.Throws<FrontMatterException>(() => FrontMatter.Parse("id: a\nseverity:\n\t很急: 高", firstLine: 2));

        Assert.Equal("这一行用了 Tab 缩进，YAML 只能用空格缩进", error.Message);
        Assert.Equal((4, 1), (error.Line, error.Column));
    }

    [Fact]
    public void Rejects_a_list_at_the_top()
    {
        var error = Assert.Throws<FrontMatterException>(() => FrontMatter.Parse("- id: a\n- title: t", firstLine: 2));

        Assert.True(error.NotMapping);
        Assert.Equal((2, 1), (error.Line, error.Column));
    }

    private static (string, int, int, int) Position(FrontMatter.Entry entry) =>
        (entry.Key, entry.KeyLine, entry.ValueLine, entry.ValueColumn);
}
