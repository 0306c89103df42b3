using Playbooks.Core.Diagnostics;
using Playbooks.Core.KnowledgeBase;
using Playbooks.Core.Parsing;

namespace Playbooks.Core.Tests.KnowledgeBase;

/// <summary>
/// Lints Fixtures/broken — one fault per file, plus several-faults.md — through <see cref="KnowledgeBaseLoader"/>,
/// exactly as <c>playbooks lint</c> does, and pins every finding: level, code, line:column and message.
/// </summary>
public sealed class BrokenFixturesTests
{
    private static readonly string Root = Path.Combine(TestPaths.Fixtures, "broken");

    // Loaded once: the fixtures never change during a run, and every test reads the same result.
    private static readonly Lazy<LoadedKnowledgeBase> Loaded =
        new(() => new KnowledgeBaseLoader(new PlaybookParser(FixedClock.Today)).Load(Root));

    /// <summary>
    /// Every finding of every fixture, as "级别 code line:column message", in the order lint prints them.
    /// A fixture missing from this table fails <see cref="Every_fixture_has_its_findings_listed"/>.
    /// </summary>
    private static readonly Dictionary<string, string[]> Expected = new(StringComparer.Ordinal)
    {
        ["no-front-matter.md"] = ["警告 missing-front-matter 1:1 缺少 front matter，暂用文件名作 id、一级标题作标题"],
        ["unterminated-front-matter.md"] = ["错误 unterminated-front-matter 1:1 front matter 没有结束：第 1 行的 --- 之后找不到闭合的 ---"],
        ["yaml-syntax-error.md"] = ["错误 yaml-syntax 3:10 front matter 的 YAML 语法错误：值里有没加引号的冒号（“: ”），被当成了新的字段"],
        ["yaml-unclosed-list.md"] = ["错误 yaml-syntax 4:8 front matter 的 YAML 语法错误：无法读完这一段，常见原因是 [ 或 { 没有闭合、引号没有成对"],
        ["missing-id.md"] = ["警告 missing-id 1:1 缺少 id，暂用“missing-id”"],
        ["missing-title.md"] = ["警告 missing-title 3:1 缺少 title（标题），暂用一级标题或文件名代替"],
        ["Refund_Wave.md"] = ["警告 invalid-id 2:5 id“Refund_Wave”不是小写短横线格式，暂用“refund-wave”"],
        ["id-mismatch.md"] = ["警告 id-file-mismatch 2:5 id“refund-waves”与文件名“id-mismatch.md”不一致"],
        ["community/same-id.md"] = [$"警告 duplicate-id 2:1 id“same-id”重复：{Root}/user/same-id.md 也使用了这个 id"],
        ["user/same-id.md"] = [$"警告 duplicate-id 2:1 id“same-id”重复：{Root}/community/same-id.md 也使用了这个 id；本文件暂用“same-id-2”"],
        ["missing-section.md"] = ["错误 missing-section 25:1 缺少章节“复盘反思”"],
        ["empty-section.md"] = ["错误 empty-section 18:1 章节“激化情况”是空的"],
        ["draft-empty-section.md"] = ["警告 empty-section 28:1 章节“复盘反思”是空的（草稿）"],
        ["unknown-severity.md"] = ["警告 unknown-severity 5:11 未知的严重程度“橙红”，暂按“未定级”显示、排在已定级的预案之后"],
        ["invalid-date.md"] = ["警告 invalid-date 7:10 updated 不是有效日期：“2026-02-30”，暂不显示"],
        ["not-utf8.md"] = ["错误 not-utf8 3:1 文件不是 UTF-8 编码（第 27 字节无法解码）"],
        ["empty.md"] = ["错误 empty-file 0:0 文件为空"],
        ["whitespace-only.md"] = ["错误 empty-file 0:0 文件为空"],
        ["sections-out-of-order.md"] = ["警告 section-order 18:1 章节顺序不对：“风险源头”出现在“激化情况”之后"],
        ["unknown-heading.md"] = ["警告 unknown-heading 31:1 二级标题“参考资料”不是五个章节之一，其内容归入“复盘反思”一节，显示和检索都算在那一节"],
        ["too-few-steps.md"] = ["警告 too-few-steps 22:1 “处理方法”只有 1 个步骤，值班同学难以照做"],
        ["outdated.md"] = ["警告 outdated 7:10 超过 365 天未更新（最后更新 2025-06-30）"],
        ["duplicate-key.md"] = ["错误 duplicate-key 7:1 字段“owner”重复出现（第 6 行已有）"],
        ["duplicate-section.md"] = ["错误 duplicate-section 27:1 章节“处理方法”重复出现（第 22 行已有“处理方法”）"],
        ["not-a-mapping.md"] = ["错误 front-matter-not-mapping 2:1 front matter 不是“键： 值”形式的映射"],
        ["unknown-key.md"] =
        [
            "警告 missing-field 1:1 缺少 owner（负责角色）",
            "警告 unknown-key 6:1 未知字段“onwer”",
        ],
        ["several-faults.md"] =
        [
            "警告 invalid-id 2:5 id“Several_Faults”不是小写短横线格式，暂用“several-faults”",
            "警告 unknown-severity 5:11 未知的严重程度“橙红”，暂按“未定级”显示、排在已定级的预案之后",
            "警告 invalid-date 7:10 updated 不是有效日期：“2026-13-01”，暂不显示",
            "错误 empty-section 14:1 章节“激化情况”是空的",
            "警告 section-order 18:1 章节顺序不对：“风险源头”出现在“激化情况”之后",
            "警告 too-few-steps 22:1 “处理方法”只有 1 个步骤，值班同学难以照做",
            "警告 unknown-heading 26:1 二级标题“附录”不是五个章节之一，其内容归入“处理方法”一节，显示和检索都算在那一节",
            "错误 missing-section 28:1 缺少章节“复盘反思”",
        ],
    };

    public static TheoryData<string> Fixtures => new(Expected.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Reports_exactly_the_faults_of_each_file(string file)
    {
        // Arrange
        var path = $"{Root}/{file}";

        // Act
        var findings = Loaded.Value.Findings.Where(f => f.Path == path);

        // Assert
        Assert.Equal(Expected[file], findings.Select(Describe));
    }

    [Fact]
    public void Every_fixture_has_its_findings_listed()
    {
        var linted = Loaded.Value.Files.Select(f => Relative(f.Path));

        Assert.Equal(Expected.Keys.Order(StringComparer.Ordinal), linted.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Skips_underscore_and_dot_folders_and_readme_files()
    {
        var linted = Loaded.Value.Files.Select(f => Relative(f.Path)).ToList();

        Assert.DoesNotContain(linted, f => f.StartsWith("_drafts/", StringComparison.Ordinal));
        Assert.DoesNotContain(linted, f => f.StartsWith(".archive/", StringComparison.Ordinal));
        Assert.DoesNotContain(linted, f => f.EndsWith("README.md", StringComparison.Ordinal));
        Assert.DoesNotContain(Loaded.Value.Findings, f => f.Path.Contains("/_drafts/") || f.Path.Contains("/.archive/"));
        // The fixtures really are there (copied to the output folder), so the skip is the loader's doing.
        Assert.True(File.Exists(Path.Combine(Root, "_drafts", "half-written.md")));
        Assert.True(File.Exists(Path.Combine(Root, ".archive", "old-format.md")));
    }

    [Fact]
    public void Warns_about_a_shared_id_in_both_files_and_shows_both_under_distinct_ids()
    {
        var duplicates = Loaded.Value.Findings.Where(f => f.Code == FindingCodes.DuplicateId).ToList();

        Assert.Collection(duplicates,
            f => Assert.Equal(($"{Root}/community/same-id.md", $"{Root}/user/same-id.md"), (f.Path, OtherPath(f))),
            f => Assert.Equal(($"{Root}/user/same-id.md", $"{Root}/community/same-id.md"), (f.Path, OtherPath(f))));
        Assert.All(duplicates, f => Assert.Equal("每个预案的 id 必须唯一；合并重复的预案，或给其中一个换 id 并同步改文件名", f.Fix));
        var ids = Loaded.Value.Valid.Where(p => p.Path.EndsWith("/same-id.md", StringComparison.Ordinal)).Select(p => p.Id);
        Assert.Equal(["same-id", "same-id-2"], ids);

        static string OtherPath(Finding f) => f.Message.Split('：')[1].Split(" 也使用了这个 id")[0];
    }

    [Fact]
    public void Reports_every_fault_of_a_file_not_only_the_first()
    {
        var file = Loaded.Value.Files.Single(f => f.Path.EndsWith("/several-faults.md", StringComparison.Ordinal));

        Assert.Equal(8, file.Findings.Count);
        Assert.Equal(8, file.Findings.Select(f => f.Code).Distinct().Count());
    }

    [Fact]
    public void Suggests_fixes_that_name_the_right_values()
    {
        var byFile = Loaded.Value.Findings.ToLookup(f => Relative(f.Path));

        Assert.Equal("加一行 `id: missing-id`，与文件名一致", byFile["missing-id.md"].Single().Fix);
        Assert.Equal("只用小写英文字母、数字和单个短横线，例如 `refund-wave`", byFile["Refund_Wave.md"].Single().Fix);
        Assert.Equal("把文件改名为 refund-waves.md，或把 id 改为 id-mismatch", byFile["id-mismatch.md"].Single().Fix);
        Assert.Equal("检查拼写（是不是“owner”？）；可用字段见 playbooks/README.md",
            byFile["unknown-key.md"].Single(f => f.Code == FindingCodes.UnknownKey).Fix);
        Assert.Equal("改成 低/中/高/严重（也认识 紧急、P0–P4、S1–S4、一级–四级、critical/high/medium/low 等） 之一；团队自己的叫法可在 playbooks.yml 里声明，如 `severity: { 橙红: 高 }`",
            byFile["unknown-severity.md"].Single().Fix);
        Assert.Equal("写成 YYYY-MM-DD，例如 `updated: 2026-03-15`", byFile["invalid-date.md"].Single().Fix);
        Assert.Equal("用 UTF-8 重新保存；GBK 文件可用 `iconv -f GBK -t UTF-8 旧文件 > 新文件` 转换", byFile["not-utf8.md"].Single().Fix);
        Assert.Equal("定稿前补上内容，再把 draft 改为 false", byFile["draft-empty-section.md"].Single().Fix);
        Assert.Equal("在“激化情况”下写上内容；尚未写完可在 front matter 设 `draft: true`", byFile["empty-section.md"].Single().Fix);
        Assert.Equal("每个字段只写一次：删掉多余的 `owner:` 行", byFile["duplicate-key.md"].Single().Fix);
        Assert.All(Loaded.Value.Findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Fix), $"{f} has no fix"));
    }

    [Fact]
    public void Leaves_out_only_the_files_that_cannot_be_read()
    {
        var kb = Loaded.Value;

        // Metadata problems, unreadable front matter and missing sections are findings, not reasons to hide a playbook.
        string[] unreadable = ["empty.md", "not-utf8.md", "whitespace-only.md"];
        Assert.Equal(unreadable, kb.Broken.Select(f => Relative(f.Path)).Order(StringComparer.Ordinal));
        Assert.Equal(kb.Files.Count - unreadable.Length, kb.Valid.Count);
        Assert.Equal(kb.Valid.Count, kb.Valid.Select(p => p.Id).Distinct().Count());
        Assert.Equal(Expected.Values.Sum(v => v.Count(l => l.StartsWith("错误", StringComparison.Ordinal))), kb.ErrorCount);
        Assert.Equal(Expected.Values.Sum(v => v.Count(l => l.StartsWith("警告", StringComparison.Ordinal))), kb.WarningCount);
    }

    [Fact]
    public void Rejects_a_file_over_one_mebibyte_without_reading_it()
    {
        // Arrange: generated rather than committed; a valid playbook padded past the limit.
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "huge.md");
        var valid = File.ReadAllText(Path.Combine(Root, "outdated.md")).Replace("2025-06-30", "2026-11-01").Replace("id: outdated", "id: huge");
        File.WriteAllText(path, valid + new string('广', SourceText.MaxBytes / 3) + "\n");

        // Act
        var findings = new KnowledgeBaseLoader(new PlaybookParser(FixedClock.Today)).Load(folder.Path).Findings;

        // Assert
        var finding = Assert.Single(findings);
        Assert.Equal((FindingLevel.Error, FindingCodes.FileTooLarge, 0, 0), (finding.Level, finding.Code, finding.Line, finding.Column));
        var size = new FileInfo(path).Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"文件过大（{size} 字节，上限 1 MiB 即 1,048,576 字节）", finding.Message);
        Assert.Equal("一个预案只写一类事故；把粘贴的原文、日志等移出，或拆分成多个预案", finding.Fix);
    }

    [Fact]
    public void Accepts_a_file_of_exactly_one_mebibyte()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "big.md");
        var valid = File.ReadAllText(Path.Combine(Root, "outdated.md")).Replace("2025-06-30", "2026-11-01").Replace("id: outdated", "id: big");
        var bytes = System.Text.Encoding.UTF8.GetBytes(valid);
        // ASCII padding inside the last section, so the file is exactly at the limit and still one valid playbook.
        File.WriteAllBytes(path, [.. bytes, .. Enumerable.Repeat((byte)'x', SourceText.MaxBytes - bytes.Length)]);

        var findings = new KnowledgeBaseLoader(new PlaybookParser(FixedClock.Today)).Load(folder.Path).Findings;

        Assert.Equal(SourceText.MaxBytes, new FileInfo(path).Length);
        // The fixture's steps name no role (an SOP warning, off for the fixtures' own folder): only the format counts here.
        Assert.Empty(findings.Where(f => !FindingCodes.SopRules.Contains(f.Code)));
    }

    private static string Relative(string path) => path[(Root.Length + 1)..];

    private static string Describe(Finding f) => $"{f.LevelName} {f.Code} {f.Line}:{f.Column} {f.Message}";
}
