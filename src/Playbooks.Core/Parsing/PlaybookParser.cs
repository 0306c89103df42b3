using System.Globalization;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Playbooks.Core.Diagnostics;
using Playbooks.Core.Model;
using YamlDotNet.RepresentationModel;

namespace Playbooks.Core.Parsing;

/// <summary>
/// Reads one playbook file (front matter + Markdown body) into a <see cref="Playbook"/>, collecting every
/// problem it finds in that file as a <see cref="Finding"/> instead of stopping at the first.
/// Checks that need the whole tree (duplicate ids) live in <see cref="KnowledgeBase.KnowledgeBaseLoader"/>.
/// Thread-safe and stateless apart from the clock.
/// </summary>
public sealed class PlaybookParser(TimeProvider? clock = null, SeverityScale? severityScale = null)
{
    /// <summary>Older than this, a playbook is flagged as possibly outdated.</summary>
    public const int OutdatedAfterDays = 365;

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly SeverityScale _severityScale = severityScale ?? SeverityScale.Builtin;

    /// <summary>This parser with a knowledge base's own severity labels (from its <c>playbooks.yml</c>).</summary>
    public PlaybookParser With(SeverityScale scale) => new(_clock, scale);

    /// <summary>
    /// Reads and parses the file at <paramref name="file"/> through <see cref="KnowledgeBase.PlaybookFileReader"/>: a pipe,
    /// device or folder is reported instead of read, and at most the size limit + 1 bytes are read.
    /// </summary>
    /// <param name="file">Where to read the file from.</param>
    /// <param name="path">The path users see in findings and <see cref="Playbook.Path"/>; <paramref name="file"/> when null.</param>
    /// <param name="relative">
    /// The path relative to the knowledge base, which names the playbook when it has no id of its own
    /// (<see cref="KnowledgeBase.PlaybookFiles.NameId"/>); <paramref name="path"/> when null.
    /// </param>
    public ParsedFile ParseFile(string file, string? path = null, string? relative = null)
    {
        path ??= file;
        var read = KnowledgeBase.PlaybookFileReader.Read(file, path);
        if (read.Problem is { } problem)
            return UnreadReadmeAsDocumentation(new ParsedFile(path, null, [problem]));
        if (read.Length > SourceText.MaxBytes)
            return UnreadReadmeAsDocumentation(TooLarge(path, read.Length));
        return Parse(path, read.Bytes!, relative);
    }

    /// <summary>
    /// A file that could not be read at all: a README among them is taken for documentation, left out without a word as
    /// it always was (nothing shows it was meant as a playbook).
    /// </summary>
    private static ParsedFile UnreadReadmeAsDocumentation(ParsedFile parsed) =>
        parsed.Playbook is null && KnowledgeBase.PlaybookFiles.IsReadme(parsed.Path) ? Documentation(parsed.Path) : parsed;

    /// <param name="relative">As for <see cref="ParseFile"/>.</param>
    public ParsedFile Parse(string path, ReadOnlySpan<byte> bytes, string? relative = null) => UnreadReadmeAsDocumentation(ParseBytes(path, bytes, relative));

    private ParsedFile ParseBytes(string path, ReadOnlySpan<byte> bytes, string? relative)
    {
        // Readers stop one byte past the limit (PlaybookFileReader), so exactly that many bytes says "over the limit",
        // not the file's size: a 12 MB file must not be reported as 1,048,577 bytes.
        if (bytes.Length > SourceText.MaxBytes)
            return TooLarge(path, bytes.Length > SourceText.MaxBytes + 1 ? bytes.Length : null);

        var decoded = SourceText.Decode(bytes);
        // Windows Notepad's "Unicode" is UTF-16 with a byte order mark, read like UTF-8; one that does not decode (cut
        // short, a lone surrogate) gets advice for UTF-16, as the GBK advice below would not fit it.
        if (decoded.Text is null && (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])))
            return Single(path, decoded.InvalidLine, FindingCodes.NotUtf8, $"文件开头标明是 UTF-16 编码，但第 {decoded.InvalidByteOffset + 1} 字节起无法按 UTF-16 解码（可能只保存了一半）",
                "用 UTF-8 重新保存（记事本：另存为，编码选“UTF-8”），或 `iconv -f UTF-16 -t UTF-8 旧文件 > 新文件`");
        if (decoded.Text is null)
            return Single(path, decoded.InvalidLine, FindingCodes.NotUtf8,
                $"文件不是 UTF-8 编码（第 {decoded.InvalidByteOffset + 1} 字节无法解码）",
                "用 UTF-8 重新保存；GBK 文件可用 `iconv -f GBK -t UTF-8 旧文件 > 新文件` 转换");

        return Parse(path, decoded.Text, relative);
    }

    /// <summary>
    /// Parses already-decoded text (BOM removed; any line endings). Never throws for a file's content: whatever goes
    /// wrong inside becomes a finding on this file, so one bad file never stops the others from loading.
    /// </summary>
    /// <param name="relative">As for <see cref="ParseFile"/>.</param>
    public ParsedFile Parse(string path, string text, string? relative = null)
    {
        try
        {
            return UnreadReadmeAsDocumentation(ParseText(path, relative ?? path, text));
        }
        catch (Exception ex) when (IsMarkdigNestingLimit(ex))
        {
            text = SourceText.NormalizeNewlines(text);
            return Single(path, NestingDepth.DeepestLine(text), FindingCodes.TooDeeplyNested,
                "列表、引用等嵌套得太深（超过 Markdown 解析器的上限），无法解析",
                "把多层嵌套改成不超过几层的列表或普通段落；若是粘贴的原文，放进 ``` 代码块");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Isolation: a bug of ours on an unusual file must cost that file, not the command.
            return Single(path, 0, FindingCodes.ParseFailed,
                $"程序无法解析这个文件（{ex.GetType().Name}：{ex.Message}），已跳过",
                "其他文件不受影响；请把这个文件和这条信息反馈给维护者，临时可先简化文件中不常见的写法");
        }
    }

    // Markdig throws a bare ArgumentException (or InsufficientExecutionStackException as its backstop) for nesting
    // beyond its limit; the message is the only way to tell it from other argument errors.
    private static bool IsMarkdigNestingLimit(Exception ex) =>
        ex is InsufficientExecutionStackException
        || ex is ArgumentException && ex.Message.Contains("too deeply nested", StringComparison.Ordinal);

    /// <summary>
    /// Whether a README is a playbook (a team keeping one folder per playbook) rather than documenting its folder: its
    /// front matter gives an id (or cannot be read: it was meant as one), or headings of the file name at least two of
    /// the five parts. One part-like heading is not enough (a folder's README often has a "## 背景" or "## 总结" of its
    /// own), nor are labels, list items or table rows: a README explaining the format lists the parts that way (this
    /// project's playbooks/README.md does). A guide's front matter says what it is.
    /// </summary>
    private static bool IsPlaybookReadme(List<Finding> findings, List<SectionMark> marks) =>
        !findings.Exists(f => f.Code is FindingCodes.MissingFrontMatter or FindingCodes.MissingId)
        || marks.Where(m => m.Level > 0).Select(m => SectionHeadings.Read(m.Text)).OfType<SectionKind>().Distinct().Count() >= 2;

    private static ParsedFile Documentation(string path) => new(path, null, []) { IsDocumentation = true };

    private ParsedFile ParseText(string path, string relative, string text)
    {
        text = SourceText.NormalizeNewlines(text);
        if (text.Length > 0 && text[0] == '\uFEFF')
            text = text[1..];

        var findings = new List<Finding>();
        if (string.IsNullOrWhiteSpace(text))
        {
            findings.Add(Error(path, 0, 0, FindingCodes.EmptyFile, "文件为空",
                "按 playbooks/README.md 的格式写入 front matter 和五个章节，或用 `playbooks new` 生成骨架；不需要就删除该文件"));
            return new ParsedFile(path, null, findings);
        }

        ControlCharacters.Check(path, text, findings);
        var lines = new LineMap(text);
        var document = Markdown.Parse(text, MarkdownPipelines.Structure);
        var frontMatterBlock = FrontMatterBlock(document);
        var frontMatter = ReadFrontMatter(path, lines, frontMatterBlock, findings);
        var fields = new FieldReader(path, frontMatter, findings, _clock, _severityScale);
        var playbook = fields.Read(FileName.Of(relative));
        if (string.IsNullOrWhiteSpace(playbook.Title))
            playbook = playbook with { Title = FirstH1(text, document) ?? FileName.Of(relative).Id };

        var body = BodyAfterFrontMatter(text, frontMatterBlock);
        if (playbook.Kind == PlaybookKind.Guide)
        {
            if (playbook.Order is null && frontMatter is not null)
                findings.Add(Warning(path, 1, 1, FindingCodes.GuideWithoutOrder, "指南没有 order，无法排进新人阅读路径",
                    "在 front matter 加 `order: N`（1 表示最先阅读）"));
            playbook = playbook with { Body = body, Path = path, RawText = text };
            return new ParsedFile(path, playbook, findings);
        }

        var marks = SectionMarks.Find(text, lines, document);
        if (KnowledgeBase.PlaybookFiles.IsReadme(path) && !IsPlaybookReadme(findings, marks))
            return Documentation(path);
        var sections = ReadSections(path, text, lines, marks, playbook.Draft, body.Length == 0, findings);
        var handling = HandlingRange(lines, marks, sections);
        var steps = ReadHandlingSteps(text, lines, document, handling);
        if (steps.Count == 0 && LabelledHandling(marks, sections) is { } labelled)
            steps = StepsInText(labelled.Markdown);
        CheckHandlingSteps(path, sections, steps, FirstParagraphLine(document, handling), findings);

        playbook = playbook with { Sections = sections, HandlingSteps = steps, Body = body, Path = path, RawText = text };
        return new ParsedFile(path, playbook, findings);
    }

    // Loops over the document's blocks rather than LINQ here and below: every file of every build passes, and each
    // OfType/Where/Select chain was a few objects (enumerators, closures, lists) per file.
    private static YamlFrontMatterBlock? FrontMatterBlock(MarkdownDocument document)
    {
        foreach (var block in document)
            if (block is YamlFrontMatterBlock frontMatter)
                return frontMatter;
        return null;
    }

    private static FrontMatter? ReadFrontMatter(string path, LineMap lines, YamlFrontMatterBlock? block, List<Finding> findings)
    {
        if (block is null)
        {
            // Markdig does not recognise "---" directly followed by "---": that is a front matter with no fields
            // (reported as missing id and title), not an unterminated one.
            if (lines.Text(0).TrimEnd() == "---" && lines.Text(1).TrimEnd() is "---" or "...")
                return FrontMatter.Empty;
            // Markdig only recognises a terminated front matter; an opening "---" with no closing one is ours to report.
            if (lines.Text(0).TrimEnd() == "---")
                findings.Add(Error(path, 1, 1, FindingCodes.UnterminatedFrontMatter, "front matter 没有结束：第 1 行的 --- 之后找不到闭合的 ---",
                    "在最后一个字段（如 updated）之后加一行 `---`，再写正文"));
            else
                findings.Add(Warning(path, 1, 1, FindingCodes.MissingFrontMatter, "缺少 front matter，暂用文件名作 id、一级标题作标题",
                    "在文件开头加入以 `---` 开始和结束的 YAML 块，至少写 id 和 title（参见 playbooks/README.md）"));
            return null;
        }

        var firstContentLine = block.Line + 1; // 0-based index of the line after the opening ---
        var lastLine = lines.LineOf(block.Span.End); // the closing --- line
        var yaml = lines.SliceSpan(firstContentLine, lastLine); // its lines joined with \n, as they are in the text
        try
        {
            return FrontMatter.ParseFields(yaml, firstContentLine + 1);
        }
        catch (FrontMatterException ex) when (ex.NotMapping)
        {
            findings.Add(Error(path, ex.Line, ex.Column, FindingCodes.FrontMatterNotMapping, ex.Message,
                "每行写成 `字段: 值`，例如 `id: refund-wave`"));
        }
        catch (FrontMatterException ex) when (ex.DuplicateKey is { } key)
        {
            findings.Add(Error(path, ex.Line, ex.Column, FindingCodes.DuplicateKey, ex.Message,
                $"每个字段只写一次：删掉多余的 `{key}:` 行"));
        }
        catch (FrontMatterException ex)
        {
            findings.Add(Error(path, ex.Line, ex.Column, FindingCodes.YamlSyntax, $"front matter 的 YAML 语法错误：{ex.Message}",
                "检查这一行的缩进、冒号后的空格和引号是否成对；含冒号或 # 的值请用引号括起来"));
        }
        // Unreadable YAML: its fields are unknown rather than missing, so no "缺少 id/title" on top of the syntax error.
        return null;
    }

    /// <summary>The text of the first level-1 heading, the title a file without one in its front matter goes by.</summary>
    private static string? FirstH1(string text, MarkdownDocument document) =>
        document.OfType<HeadingBlock>().Where(h => h.Level == 1).Select(h => SectionMarks.HeadingText(text, h)).FirstOrDefault(t => t.Length > 0);

    private static string BodyAfterFrontMatter(string text, YamlFrontMatterBlock? block)
    {
        if (block is null)
            return text.Trim();
        var end = Math.Min(text.Length, block.Span.End + 1);
        return text.AsSpan(end).Trim().ToString();
    }

    /// <param name="bodyEmpty">Nothing after the front matter: said in one error rather than five missing parts.</param>
    private static List<Section> ReadSections(string path, string text, LineMap lines, List<SectionMark> marks, bool draft, bool bodyEmpty,
        List<Finding> findings)
    {
        var sections = new List<Section>();
        // Text under a heading that is not one of the five parts belongs to the part before it (before the first part:
        // to the background); kept aside until the empty-section checks below have read each part's own text.
        var subParts = new List<SubPart>();
        SectionKind? current = null;
        for (var i = 0; i < marks.Count; i++)
        {
            var mark = marks[i];
            var headingText = mark.Text;
            var headingLine = mark.Line + 1;
            var contentEnd = i + 1 < marks.Count ? marks[i + 1].Line : lines.Count; // exclusive, 0-based
            var markdown = mark.Lead.Length == 0 ? lines.SliceSpan(mark.ContentStart, contentEnd).Trim().ToString()
                : (mark.Lead + "\n" + lines.SliceSpan(mark.ContentStart, contentEnd).ToString()).Trim();

            var kind = SectionHeadings.Read(headingText);
            if (kind is null)
            {
                subParts.Add(new SubPart(current ?? SectionKind.Background, headingText, markdown, headingLine, mark.Kind, Repeated: false));
                continue;
            }
            current = kind;
            var existing = Find(sections, kind.Value);
            if (existing is not null)
            {
                findings.Add(Error(path, headingLine, 1, FindingCodes.DuplicateSection,
                    $"章节“{kind.Value.ChineseName()}”重复出现（第 {existing.Line} 行已有“{existing.Heading}”）",
                    "把两段内容合并到同一个标题下"));
                // Reported as an error, and still not lost: its text is kept with the first one, under its own heading.
                subParts.Add(new SubPart(kind.Value, headingText, markdown, headingLine, mark.Kind, Repeated: true));
                continue;
            }
            sections.Add(new Section(kind.Value, headingText, markdown, headingLine));
        }

        // A missing section is reported at the last line, where it would be added; a final newline does not start a line.
        var lastLine = text.EndsWith('\n') ? lines.Count - 1 : lines.Count;
        if (bodyEmpty)
        {
            // Front matter alone (a stub saved before writing, an export that kept only the metadata): skipped, and said
            // so in its own words, drafts too, where five "缺少章节（草稿）" warnings made it "已跳过无法读取的文件".
            findings.Add(Error(path, lastLine, 1, FindingCodes.MissingSection, "正文是空的：文件只有 front matter，没有章节，检索和站点都不会显示它",
                "在 front matter 后面写上五个章节（`## 背景`、`## 风险源头`、`## 激化情况`、`## 处理方法`、`## 复盘反思`），草稿也至少写出章节标题；或用 `playbooks new` 生成骨架"));
            return sections;
        }
        // A draft is let off missing parts only when it has some: one without any cannot be shown, which is an error.
        draft &= sections.Count > 0;
        foreach (var kind in SectionKinds.All)
        {
            var section = Find(sections, kind);
            if (section is null)
                findings.Add(new Finding(path, lastLine, 1, draft ? FindingLevel.Warning : FindingLevel.Error, FindingCodes.MissingSection,
                    $"缺少章节“{kind.ChineseName()}”" + (draft ? "（草稿）" : ""),
                    $"加一个 `## {kind.ChineseName()}` 标题并写上内容"));
            else if (section.IsEmpty)
                findings.Add(new Finding(path, section.Line, 1, draft ? FindingLevel.Warning : FindingLevel.Error, FindingCodes.EmptySection,
                    $"章节“{section.Heading}”是空的" + (draft ? "（草稿）" : ""),
                    draft ? "定稿前补上内容，再把 draft 改为 false" : $"在“{section.Heading}”下写上内容；尚未写完可在 front matter 设 `draft: true`"));
        }

        KeepSubParts(path, sections, subParts, findings);

        for (var i = 1; i < sections.Count; i++)
            if (sections[i].Kind < sections[i - 1].Kind)
            {
                findings.Add(Warning(path, sections[i].Line, 1, FindingCodes.SectionOrder,
                    $"章节顺序不对：“{sections[i].Heading}”出现在“{sections[i - 1].Heading}”之后",
                    "按 背景 → 风险源头 → 激化情况 → 处理方法 → 复盘反思 的顺序排列"));
                break;
            }

        return sections;
    }

    /// <summary>The first section of <paramref name="kind"/>, else null (a loop: a lambda here was a closure per heading of every file).</summary>
    private static Section? Find(List<Section> sections, SectionKind kind)
    {
        foreach (var section in sections)
            if (section.Kind == kind)
                return section;
        return null;
    }

    /// <summary>
    /// Adds each sub-part (the text under an unrecognised <c>##</c> heading) to the part it belongs to, with a warning
    /// saying where its text went. A file whose background is missing keeps a leading sub-part with its first part; a
    /// file with no part at all is not a playbook, and its headings are only reported.
    /// </summary>
    private static void KeepSubParts(string path, List<Section> sections, List<SubPart> subParts, List<Finding> findings)
    {
        var kept = new List<(string Heading, string Markdown)>?[sections.Count];
        foreach (var (owner, heading, markdown, line, headingKind, repeated) in subParts)
        {
            var index = sections.FindIndex(s => s.Kind == owner);
            if (index < 0 && sections.Count > 0)
                index = 0;
            var where = index < 0 ? "本文件没有可归入的章节" : $"其内容归入“{sections[index].Heading}”一节，显示和检索都算在那一节";
            if (!repeated)
                findings.Add(Warning(path, line, 1, FindingCodes.UnknownHeading, $"{headingKind}“{heading}”不是五个章节之一，{where}",
                    "要单独成节请改成 背景 / 风险源头 / 激化情况 / 处理方法 / 复盘反思 之一；只是小标题的话改成 ### 或加粗"));
            if (index >= 0)
                (kept[index] ??= []).Add((heading, markdown));
        }
        for (var i = 0; i < sections.Count; i++)
            if (kept[i] is { } parts)
                sections[i] = sections[i].WithSubParts(parts);
    }

    /// <summary>Text under a <c>##</c> heading that does not start a part of its own, kept with <paramref name="Owner"/>.</summary>
    /// <param name="Repeated">A part's heading written a second time (already an error), not an unrecognised one.</param>
    private sealed record SubPart(SectionKind Owner, string Heading, string Markdown, int Line, string HeadingKind, bool Repeated);

    /// <summary>
    /// Steps are the top-level list items of the handling section, plus lines numbered in the Chinese
    /// style ("1、", "一、", "1）", "1.撤回") that CommonMark does not treat as list items.
    /// </summary>
    private static IReadOnlyList<string> ReadHandlingSteps(string text, LineMap lines, MarkdownDocument document, LineRange? handling)
    {
        if (handling is not { } range)
            return [];
        var (start, end) = range;

        var steps = new List<(int Line, string Text)>();
        foreach (var block in document)
        {
            if (block is not ListBlock list || list.Line < start || list.Line >= end)
                continue;
            foreach (var child in list)
                if (child is ListItemBlock item)
                    steps.Add((item.Line, StepMarkers.StripMarker(text.AsSpan(item.Span.Start, item.Span.Length))));
        }
        // "1、" lines are only steps where they are prose: not inside code blocks, HTML comments or list items.
        foreach (var block in document)
        {
            // A label line (**处理方法：**) can open the paragraph whose next lines are the steps: read from the range's start.
            if (block is not ParagraphBlock paragraph || lines.LineOf(paragraph.Span.End) < start || paragraph.Line >= end)
                continue;
            for (var l = Math.Max(paragraph.Line, start); l <= lines.LineOf(paragraph.Span.End) && l < end; l++)
            {
                // Most lines are prose: the line becomes a string only to read the step out of it.
                if (!StepMarkers.ChineseNumbering().IsMatch(lines.Span(l)))
                    continue;
                var match = StepMarkers.ChineseNumbering().Match(lines.Text(l));
                steps.Add((l, match.Groups["text"].Value.Trim()));
            }
        }
        return steps.OrderBy(s => s.Line).Select(s => s.Text).Where(s => s.Length > 0).ToList();
    }

    /// <summary>
    /// The handling part when a label line starts it (a list item, a table row, <c>【处理方法】</c>), not a heading: its
    /// steps can stand where no top-level block holds them, in a list nested under the item or a cell's lines.
    /// </summary>
    private static Section? LabelledHandling(List<SectionMark> marks, List<Section> sections) =>
        Find(sections, SectionKind.Handling) is { } handling && marks.Exists(m => m.Level == 0 && m.Line == handling.Line - 1) ? handling : null;

    /// <summary>The numbered or bulleted lines of a part's own text (<see cref="LabelledHandling"/>), as steps.</summary>
    private static List<string> StepsInText(string markdown)
    {
        var steps = new List<string>();
        foreach (var line in markdown.Split('\n'))
        {
            if (StepMarkers.ChineseNumbering().Match(line) is { Success: true } numbered)
                steps.Add(numbered.Groups["text"].Value.Trim());
            else if (line.TrimStart() is ['-' or '*' or '+', ' ', ..] bulleted)
                steps.Add(bulleted[2..].Trim());
        }
        return steps.Where(s => s.Length > 0).ToList();
    }

    /// <summary>The 0-based lines [Start, End) of the first handling section's text: from its heading's line + 1 to the next <c>##</c>.</summary>
    private readonly record struct LineRange(int Start, int End);

    private static LineRange? HandlingRange(LineMap lines, List<SectionMark> marks, List<Section> sections)
    {
        if (Find(sections, SectionKind.Handling) is not { } handling)
            return null;
        var start = handling.Line; // 0-based index of the line after the heading
        foreach (var mark in marks)
            if (mark.Line > handling.Line - 1)
                return new LineRange(start, mark.Line);
        return new LineRange(start, lines.Count);
    }

    /// <summary>The 1-based line of the first paragraph in <paramref name="range"/>, or null when it has none.</summary>
    private static int? FirstParagraphLine(MarkdownDocument document, LineRange? range)
    {
        if (range is not { Start: var start, End: var end })
            return null;
        foreach (var block in document)
            if (block is ParagraphBlock paragraph && paragraph.Line >= start && paragraph.Line < end)
                return paragraph.Line + 1;
        return null;
    }

    private static void CheckHandlingSteps(string path, IReadOnlyList<Section> sections, IReadOnlyList<string> steps, int? proseLine,
        List<Finding> findings)
    {
        var handling = sections.FirstOrDefault(s => s.Kind == SectionKind.Handling);
        if (handling is null || handling.IsEmpty || steps.Count >= 2)
            return;
        // Written as paragraphs: nothing reads it as steps, so search results, the checklist and the SOP step checks all
        // pass it by. Said where the prose starts, and what that costs, rather than "0 steps" at the heading.
        if (steps.Count == 0 && proseLine is { } line)
        {
            findings.Add(Warning(path, line, 1, FindingCodes.TooFewSteps,
                $"“{handling.Heading}”写成了段落，没有编号步骤：检索结果和处理清单列不出步骤，也查不出每步由谁做、多久内完成",
                "把每一步单独写成一行编号步骤（1. 2. 3.），例如“1. **社群助教（2 分钟内）** 开启全员禁言”"));
            return;
        }
        findings.Add(Warning(path, handling.Line, 1, FindingCodes.TooFewSteps,
            $"“{handling.Heading}”只有 {steps.Count} 个步骤，值班同学难以照做",
            "写成至少两条编号步骤（1. 2. 3.），每步写清谁来做、多久内完成"));
    }


    // Exact bytes, formatted without the current culture: "1.0 MiB, limit 1 MiB" told a user nothing when the file
    // was just over the limit, and a German locale printed "1,0".
    private static ParsedFile TooLarge(string path, long? length) =>
        Single(path, 0, FindingCodes.FileTooLarge,
            length is { } size
                ? string.Create(CultureInfo.InvariantCulture, $"文件过大（{size:N0} 字节，上限 1 MiB 即 {SourceText.MaxBytes:N0} 字节）")
                : string.Create(CultureInfo.InvariantCulture, $"文件过大（超过上限 1 MiB 即 {SourceText.MaxBytes:N0} 字节）"),
            "一个预案只写一类事故；把粘贴的原文、日志等移出，或拆分成多个预案");

    private static ParsedFile Single(string path, int line, string code, string message, string fix) =>
        new(path, null, [Error(path, line, line > 0 ? 1 : 0, code, message, fix)]);

    internal static Finding Error(string path, int line, int column, string code, string message, string fix) =>
        new(path, line, column, FindingLevel.Error, code, message, fix);

    internal static Finding Warning(string path, int line, int column, string code, string message, string fix) =>
        new(path, line, column, FindingLevel.Warning, code, message, fix);
}
