using System.Text.RegularExpressions;
using Playbooks.Core.Model;

namespace Playbooks.Core.Parsing;

/// <summary>
/// Recognises the five section headings in the many forms real write-ups use:
/// 【社群背景】, 「风险源头」:, 一、处理方法, 處理方法, Handling, …
/// </summary>
public static partial class SectionHeadings
{
    // Every accepted spelling, already normalised (see Normalize): the one alias list lint, search and import share.
    // Beyond the canonical names it holds what teams' retrospectives actually use (办法/方法/方案/措施/步骤/流程 for
    // handling, 总结/教训/改进 for the retrospective …). Order inside a list does not matter; playbooks/README.md lists them.
    private static readonly Dictionary<string, SectionKind> Variants = Build(
        (SectionKind.Background, ["背景", "社群背景", "项目背景", "事件背景", "案例背景", "情况背景", "背景介绍", "背景说明", "事件经过",
            "事件描述", "情况说明", "基本情况", "background", "context"]),
        (SectionKind.Risk, ["风险源头", "风险", "风险来源", "风险源", "风险点", "风险分析", "问题源头", "起因", "原因", "原因分析", "问题原因",
            "根因", "根本原因", "诱因", "risk", "risks", "risksource", "rootcause", "trigger"]),
        (SectionKind.Escalation, ["激化情况", "激化", "升级情况", "升级", "激化表现", "恶化情况", "事态升级", "升级信号", "激化信号", "扩散情况",
            "escalation", "signals"]),
        (SectionKind.Handling, ["处理方法", "处理", "处置", "应对", "处理方式", "处理措施", "处理办法", "处理方案", "处理步骤", "处理流程",
            "处置方法", "处置措施", "处置办法", "处置方案", "处置流程", "应对方法", "应对措施", "应对办法", "应对方案", "应对策略",
            "解决方法", "解决办法", "解决方案", "应急处理", "应急措施", "应急方案", "handling", "response", "resolution"]),
        (SectionKind.Retrospective, ["复盘反思", "复盘", "改进方法", "改进", "改进措施", "改进建议", "后续改进", "迁徙反思", "迁移反思", "反思",
            "总结反思", "复盘总结", "经验总结", "经验教训", "总结", "retrospective", "retro", "lessonslearned", "postmortem"]));

    /// <summary>The kind of section a heading names, or null when it is not one of the five.</summary>
    public static SectionKind? Match(string heading) =>
        Variants.TryGetValue(Normalize(heading), out var kind) ? kind : null;

    /// <summary>
    /// Strips what surrounds the words of a heading (brackets, numbering, colons, spaces, emphasis),
    /// folds Traditional characters and Latin case, so that variants compare equal.
    /// </summary>
    public static string Normalize(string heading)
    {
        var text = heading.Normalize(System.Text.NormalizationForm.FormKC).Trim();
        text = text.Replace("*", "").Replace("_", "").Replace("`", "");
        text = LeadingNumbering().Replace(text, "");
        text = Brackets().Replace(text, "");
        text = text.TrimEnd(':', '：', ' ', '.', '。');
        text = LeadingNumbering().Replace(text.Trim(), "");
        text = Whitespace().Replace(text, "");
        return TraditionalFolding.ToSimplified(text).ToLowerInvariant();
    }

    // 一、 二. (三) 1、 2. 3) 第一部分: numbering that precedes a heading's words.
    [GeneratedRegex(@"^(?:第?[一二三四五六七八九十百\d]+[、.．)）:：\s]+|[(（][一二三四五六七八九十\d]+[)）]\s*|第[一二三四五六七八九十\d]+(?:部分|[部节章步])\s*[、.．:：]?\s*)")]
    private static partial Regex LeadingNumbering();

    [GeneratedRegex(@"[【】「」『』\[\]《》〈〉<>()（）""“”'‘’]")]
    private static partial Regex Brackets();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private static Dictionary<string, SectionKind> Build(params (SectionKind Kind, string[] Names)[] groups)
    {
        var map = new Dictionary<string, SectionKind>(StringComparer.Ordinal);
        foreach (var (kind, names) in groups)
            foreach (var name in names)
                map[name] = kind;
        return map;
    }
}
