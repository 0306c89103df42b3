using System.Text;
using Playbooks.Core.Diagnostics;
using Playbooks.Core.Model;
using Playbooks.Core.Parsing;

namespace Playbooks.Core.Tests.Parsing;

/// <summary>
/// What the spec files cannot show: byte-level input, the model's other members, and files whose last
/// line has no newline. Heading, front-matter and step behaviour is specified in Specs/*.md.
/// </summary>
public sealed class PlaybookParserTests
{
    private const string FrontMatter = """
        ---
        id: refund-wave
        title: 大促后集中退款
        category: 用户运营
        severity: 高
        owner: 用户运营主管
        updated: 2026-11-01
        ---
        """;

    private const string Body = """
        # 大促后集中退款

        ## 背景
        大促结束后三天内退款申请翻倍。

        ## 风险源头
        预售商品发货慢。

        ## 激化情况
        退款群里有人带节奏。

        ## 处理方法
        1. 客服主管统一回复口径。
        2. 售后加开临时坐席。

        ## 复盘反思
        预售商品写清发货时间。
        """;

    private readonly PlaybookParser _parser = new(FixedClock.Today);

    [Fact]
    public void Keeps_section_line_numbers()
    {
        var result = _parser.Parse("refund-wave.md", FrontMatter + "\n" + Body + "\n");

        Assert.Equal([(SectionKind.Background, 11), (SectionKind.Risk, 14), (SectionKind.Escalation, 17), (SectionKind.Handling, 20), (SectionKind.Retrospective, 24)],
            result.Playbook!.Sections.Select(s => (s.Kind, s.Line)));
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Keeps_the_body_and_the_raw_text_without_bom()
    {
        var text = FrontMatter + "\n" + Body + "\n";

        var playbook = _parser.Parse("refund-wave.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n"))]).Playbook!;

        Assert.Equal(text, playbook.RawText);
        Assert.Equal(Body, playbook.Body);
        Assert.Equal("refund-wave.md", playbook.Path);
        Assert.Equal(["客服主管统一回复口径。", "售后加开临时坐席。"], playbook.HandlingSteps);
        Assert.Equal("预售商品发货慢。", playbook.Section(SectionKind.Risk)!.Markdown);
    }

    [Fact]
    public void Reads_old_mac_line_endings()
    {
        var text = (FrontMatter + "\n" + Body).Replace("\n", "\r");

        var result = _parser.Parse("refund-wave.md", Encoding.UTF8.GetBytes(text));

        Assert.Empty(result.Findings);
        Assert.Equal(24, result.Playbook!.Section(SectionKind.Retrospective)!.Line);
    }

    [Fact]
    public void Reports_missing_sections_on_the_last_line_with_or_without_a_final_newline()
    {
        var truncated = FrontMatter + "\n" + Body[..Body.IndexOf("## 复盘反思", StringComparison.Ordinal)].TrimEnd();

        var withoutNewline = _parser.Parse("refund-wave.md", truncated).Findings.Single();
        var withNewline = _parser.Parse("refund-wave.md", truncated + "\n").Findings.Single();

        Assert.Equal((FindingCodes.MissingSection, 22), (withoutNewline.Code, withoutNewline.Line));
        Assert.Equal((FindingCodes.MissingSection, 22), (withNewline.Code, withNewline.Line));
    }

    [Fact]
    public void Does_not_add_missing_id_or_title_to_a_yaml_syntax_error()
    {
        var text = FrontMatter.Replace("title: 大促后集中退款", "title: 注意: 大促后集中退款") + "\n" + Body;

        var result = _parser.Parse("refund-wave.md", text);

        var finding = Assert.Single(result.Findings);
        Assert.Equal((FindingCodes.YamlSyntax, 3, 10), (finding.Code, finding.Line, finding.Column));
        Assert.Equal("refund-wave", result.Playbook!.Id); // falls back to the file name, so duplicate detection still works
    }

    [Fact]
    public void Rejects_bytes_over_one_mebibyte_without_claiming_a_size_it_did_not_read()
    {
        // Search and serve read at most the limit + 1 bytes of a file (a 12 MB one included): that is not its size.
        var bytes = new byte[SourceText.MaxBytes + 1];

        var result = _parser.Parse("huge.md", bytes);

        Assert.Null(result.Playbook);
        Assert.Equal("错误 file-too-large 0:0 文件过大（超过上限 1 MiB 即 1,048,576 字节）",
            $"{result.Findings[0].LevelName} {result.Findings[0].Code} {result.Findings[0].Line}:{result.Findings[0].Column} {result.Findings[0].Message}");
    }

    [Fact]
    public void Names_the_size_of_bytes_read_whole_that_are_over_one_mebibyte()
    {
        var result = _parser.Parse("huge.md", new byte[2 * SourceText.MaxBytes]);

        Assert.Equal("文件过大（2,097,152 字节，上限 1 MiB 即 1,048,576 字节）", result.Findings[0].Message);
    }

    [Fact]
    public void Rejects_text_that_is_not_utf8_with_the_line_of_the_first_bad_byte()
    {
        var bytes = Encoding.Latin1.GetBytes("---\nid: caf\u00e9\n---\n");

        var finding = Assert.Single(_parser.Parse("cafe.md", bytes).Findings);

        Assert.Equal((FindingLevel.Error, FindingCodes.NotUtf8, 2, 1), (finding.Level, finding.Code, finding.Line, finding.Column));
        Assert.Equal("文件不是 UTF-8 编码（第 12 字节无法解码）", finding.Message);
    }

    [Theory]
    [InlineData("utf-16")] // Notepad's "Unicode": little-endian
    [InlineData("utf-16BE")]
    public void Reads_utf16_with_its_byte_order_mark_like_utf8(string encodingName)
    {
        // Was skipped as "not UTF-8" although the mark says unambiguously how to read it.
        var encoding = Encoding.GetEncoding(encodingName);
        var text = FrontMatter + "\r\n" + Body + "\r\n";
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray();

        var fromUtf16 = _parser.Parse("refund-wave.md", bytes);
        var fromUtf8 = _parser.Parse("refund-wave.md", Encoding.UTF8.GetBytes(text));

        Assert.True(fromUtf16.IsUsable);
        Assert.Equal(fromUtf8.Findings, fromUtf16.Findings);
        Assert.Equal(fromUtf8.Playbook!.RawText, fromUtf16.Playbook!.RawText);
        Assert.Equal(fromUtf8.Playbook.Sections.Select(s => (s.Kind, s.Heading, s.Markdown, s.Line)), fromUtf16.Playbook.Sections.Select(s => (s.Kind, s.Heading, s.Markdown, s.Line)));
    }

    [Fact]
    public void Names_the_line_where_utf16_saved_by_notepad_stops_decoding()
    {
        // A lone high surrogate on line 3, as a file cut off mid-character leaves it.
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("---\nid: a\n")).Concat(new byte[] { 0x3D, 0xD8, 0x41, 0x00 }).ToArray();

        var finding = Assert.Single(_parser.Parse("refund-wave.md", bytes).Findings);

        Assert.Equal((FindingCodes.NotUtf8, 3, 1), (finding.Code, finding.Line, finding.Column));
        Assert.StartsWith("文件开头标明是 UTF-16 编码，但第 ", finding.Message);
        Assert.Equal("用 UTF-8 重新保存（记事本：另存为，编码选“UTF-8”），或 `iconv -f UTF-16 -t UTF-8 旧文件 > 新文件`", finding.Fix);
    }

    [Fact]
    public void Reads_a_guide_without_sections_or_steps()
    {
        var text = "---\nid: first-week\ntitle: 新人第一周\nkind: guide\norder: 1\n---\n\n## 先认识你的群\n\n1. 看群公告。\n2. 看历史消息。\n";

        var result = _parser.Parse("first-week.md", text);

        Assert.Empty(result.Findings);
        Assert.Equal(PlaybookKind.Guide, result.Playbook!.Kind);
        Assert.Empty(result.Playbook.Sections);
        Assert.Empty(result.Playbook.HandlingSteps);
        Assert.Equal("## 先认识你的群\n\n1. 看群公告。\n2. 看历史消息。", result.Playbook.Body);
    }

    [Fact]
    public void Reads_a_file_from_disk_like_its_bytes()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "refund-wave.md");
        File.WriteAllText(path, FrontMatter + "\n" + Body + "\n");

        var result = _parser.ParseFile(path);

        Assert.Empty(result.Findings);
        Assert.Equal(path, result.Path);
        Assert.Equal("大促后集中退款", result.Playbook!.Title);
    }

    [Fact]
    public void Reports_a_file_that_cannot_be_read()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "gone.md");

        var finding = Assert.Single(_parser.ParseFile(path).Findings);

        Assert.Equal((FindingCodes.Unreadable, 0, 0), (finding.Code, finding.Line, finding.Column));
        Assert.StartsWith("无法读取文件：", finding.Message);
    }
}
