using System.Text.RegularExpressions;
using Playbooks.Cli.Commands;
using Playbooks.Core.Authoring;
using Playbooks.Core.Authoring.Import;
using Playbooks.Core.Model;
using Playbooks.Search.Authoring;

namespace Playbooks.Cli.Output;

/// <summary>
/// The report of <c>playbooks import</c>: each draft with its path and which sections it got, what was left empty,
/// what was ignored, and what to do next. A dry run also quotes the start of each section so the split can be checked.
/// </summary>
internal sealed partial class ImportView(CliEnvironment env, AuthoringSession session, string source, ImportResult result,
    IReadOnlyList<PlannedDraft> plan, bool dryRun, IReadOnlyList<(PlannedDraft Draft, DuplicateMatch Match)>? similar = null)
{
    private const int ExcerptLength = 40;

    public void Write()
    {
        var output = env.Out;
        var skipped = plan.Count(d => d.Skipped);
        var written = plan.Count - skipped;
        var skippedNote = skipped > 0 ? $"（{skipped} 个与已有预案重复，已跳过）" : "";
        output.WriteLine(dryRun
            ? $"预览（--dry-run）：从 {source} 找到 {plan.Count} 个案例，将生成以下草稿，没有写入任何文件。"
            : $"从 {source} 找到 {plan.Count} 个案例，已生成 {written} 份预案草稿{skippedNote}：");
        foreach (var draft in plan)
        {
            var @case = draft.Case;
            output.WriteLine();
            if (draft.Skipped)
            {
                output.WriteLine($"{(dryRun ? "将跳过" : "已跳过")} {@case.Title}（第 {@case.Line} 行）：已有同标题的预案 {draft.DuplicateOf}");
                continue;
            }
            output.WriteLine($"{(dryRun ? "将写入" : "已写入")} {session.DisplayPath(draft.RelativePath)}");
            output.WriteLine($"  标题：{@case.Title}（第 {@case.Line} 行）");
            if (draft.DuplicateOf is not null)
                output.WriteLine($"  提示：与已有预案 {draft.DuplicateOf} 标题相同，按 --keep-both 另存一份");
            if (draft.TakenBy is not null)
                output.WriteLine($"  id：{draft.Draft.Id}（“{draft.SuggestedId}”已被 {draft.TakenBy} 使用）");
            output.WriteLine($"  章节：{string.Join("  ", SectionKinds.All.Select(k => Coverage(@case, k)))}");
            if (@case.Missing.Count > 0)
                output.WriteLine($"  缺少：{string.Join("、", @case.Missing.Select(k => k.ChineseName()))}（已留空并附写作提示，请补写）");
            foreach (var note in @case.Notes)
                output.WriteLine($"  提示：{note}");
            if (dryRun)
                foreach (var part in @case.Parts.Where(p => !p.IsEmpty))
                    output.WriteLine($"    {part.Kind.ChineseName()}：{Excerpt(part.Markdown)}");
        }
        if (result.Ignored.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("已忽略：" + string.Join("；", result.Ignored.Select(s =>
                (s.FromLine == s.ToLine ? $"第 {s.FromLine} 行" : $"第 {s.FromLine}–{s.ToLine} 行") + $"（{s.Reason}）")));
        }
        output.WriteLine();
        if (skipped > 0)
            WarnAboutDuplicates(skipped);
        if (dryRun)
        {
            output.WriteLine("确认无误后去掉 --dry-run 再运行一次即可写入。");
            return;
        }
        if (written == 0)
        {
            output.WriteLine("没有写入新的草稿：文章里的案例都已导入过。");
            return;
        }
        output.WriteLine("下一步：");
        output.WriteLine("  1. 逐个打开草稿，补全缺少的章节和 front matter 里留空的字段（category、severity、owner、tags）");
        output.WriteLine($"  2. 检查格式：playbooks lint{session.KnowledgeBaseArgument}");
        output.WriteLine("  3. 定稿后把 draft 改为 false；草稿现在就能被 playbooks search 检索到");
    }

    /// <summary>On stderr, so a script piping the report still sees it: what was skipped and the two deliberate ways on.</summary>
    private void WarnAboutDuplicates(int skipped)
    {
        env.Error.WriteLine($"警告：{skipped} 个案例与已有预案标题相同，{(dryRun ? "将被跳过" : "已跳过")}（不会覆盖已有文件）。");
        env.Error.WriteLine("  要再存一份：加 --keep-both（写成 id-2 这样的新文件）；要用这次的内容替换：先删除或移走已有的预案文件，再重新导入。");
    }

    public void WriteJson() => JsonOutput.Write(env, new
    {
        source,
        dryRun,
        drafts = plan.Select(d => new
        {
            id = d.Draft.Id,
            title = d.Case.Title,
            path = session.DisplayPath(d.RelativePath),
            line = d.Case.Line,
            written = !dryRun && !d.Skipped,
            suggestedId = d.SuggestedId,
            takenBy = d.TakenBy,
            coverage = d.Case.Coverage,
            sections = SectionKinds.All.Select(k => d.Case.Part(k) is { } part
                ? new { key = k.Key(), name = k.ChineseName(), present = !part.IsEmpty, heading = (string?)part.Heading, line = (int?)part.Line, steps = Steps(part.Markdown) }
                : new { key = k.Key(), name = k.ChineseName(), present = false, heading = (string?)null, line = (int?)null, steps = 0 }),
            missing = d.Case.Missing.Select(k => k.ChineseName()),
            notes = d.Case.Notes,
            skipped = d.Skipped,
            duplicateOf = d.DuplicateOf,
            similar = (similar ?? []).Where(s => ReferenceEquals(s.Draft, d))
                .Select(s => new { id = s.Match.Id, title = s.Match.Title, similarity = s.Match.Similarity, path = s.Match.Path, sections = s.Match.Sections }),
        }),
        ignored = result.Ignored.Select(s => new { from = s.FromLine, to = s.ToLine, reason = s.Reason }),
    });

    private static string Coverage(ImportedCase @case, SectionKind kind)
    {
        var part = @case.Part(kind);
        if (part is not { IsEmpty: false })
            return $"{kind.ChineseName()} ✗";
        var steps = Steps(part.Markdown);
        return steps > 0 && kind == SectionKind.Handling ? $"{kind.ChineseName()} ✓（{steps} 步）" : $"{kind.ChineseName()} ✓";
    }

    /// <summary>Top-level items of the ordered list the importer wrote.</summary>
    private static int Steps(string markdown) => TopLevelItem().Count(markdown);

    private static string Excerpt(string markdown)
    {
        var text = Whitespace().Replace(markdown.Replace("**", ""), " ").Trim();
        return text.Length <= ExcerptLength ? text : text[..ExcerptLength] + "……";
    }

    [GeneratedRegex(@"^\d+\. ", RegexOptions.Multiline)]
    private static partial Regex TopLevelItem();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
