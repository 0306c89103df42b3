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
            "事件描述", "情况说明", "基本情况", "情况", "background", "context"]),
        (SectionKind.Risk, ["风险源头", "风险", "风险来源", "风险源", "风险点", "风险分析", "问题源头", "起因", "原因", "原因分析", "问题原因",
            "根因", "根本原因", "诱因", "risk", "risks", "risksource", "rootcause", "trigger"]),
        (SectionKind.Escalation, ["激化情况", "激化", "升级情况", "升级", "激化表现", "恶化情况", "事态升级", "升级信号", "激化信号", "扩散情况",
            "escalation", "signals"]),
        (SectionKind.Handling, ["处理方法", "处理", "处置", "应对", "处理方式", "处理措施", "处理办法", "处理方案", "处理步骤", "处理流程",
            "处置方法", "处置措施", "处置办法", "处置方案", "处置流程", "应对方法", "应对措施", "应对办法", "应对方案", "应对策略",
            "解决方法", "解决办法", "解决方案", "应急处理", "应急措施", "应急方案", "handling", "response", "resolution"]),
        (SectionKind.Retrospective, ["复盘反思", "复盘", "改进方法", "改进", "改进措施", "改进建议", "后续改进", "迁徙反思", "迁移反思", "反思",
            "总结反思", "复盘总结", "经验总结", "经验教训", "总结", "retrospective", "retro", "lessonslearned", "postmortem"]));

    // Words that name a section inside a heading no list foresaw (处置步骤, 处理流程SOP, 升级路径, 事故现象). In a Chinese
    // compound the last word is the head (风险应对 is a response, 原因分析 an analysis of causes), so the keyword that ends
    // last decides, and the longer one where two end together (改进措施 is the retrospective, 措施 alone handling).
    private static readonly (string Keyword, SectionKind Kind)[] Keywords = Flatten(
        (SectionKind.Background, ["背景", "概述", "概况", "经过", "现象", "症状", "表现", "简介", "overview", "symptom", "symptoms"]),
        (SectionKind.Risk, ["风险", "原因", "根因", "诱因", "起因", "源头", "来源", "成因", "cause", "causes"]),
        (SectionKind.Escalation, ["激化", "升级", "恶化", "扩散", "预警", "信号", "escalation"]),
        (SectionKind.Handling, ["处理", "处置", "应对", "应急", "解决", "步骤", "流程", "措施", "方案", "办法", "方法", "动作", "sop",
            "steps", "mitigation", "actions"]),
        (SectionKind.Retrospective, ["复盘", "反思", "总结", "教训", "改进", "回顾", "预防", "改进措施", "预防措施", "后续措施",
            "postmortem", "retro"]));

    /// <summary>Longest heading (normalised) read by its keywords: anything longer is a sentence, not a section's name.</summary>
    private const int MaxKeywordHeadingLength = 10;

    /// <summary>The kind of section a heading names when it is one of the accepted spellings, else null.</summary>
    public static SectionKind? Match(string heading) =>
        Variants.TryGetValue(Normalize(heading), out var kind) ? kind : null;

    /// <summary>
    /// The kind of section a playbook's <c>##</c> heading names: an accepted spelling (<see cref="Match"/>), else, for a
    /// short heading, the section its last keyword names, so a team's own 处置步骤 or 处理流程（SOP） keeps its steps.
    /// Only for headings the author marked as such: in free text (import) a short line holding 方法 or 表现 is as often
    /// a sentence as a title.
    /// </summary>
    public static SectionKind? Read(string heading)
    {
        if (Known.TryGetValue(heading, out var known))
            return known;
        var kind = ReadUncached(heading);
        if (heading.Length <= MaxKnownLength && _knownCount < MaxKnown && Known.TryAdd(heading, kind))
            Interlocked.Increment(ref _knownCount);
        return kind;
    }

    // Headings as written, already read: a knowledge base writes its five parts' headings the same way in most files, and
    // reading one (Unicode normalisation, five regular expressions, a few strings) was repeated for every heading of every
    // parsed file. Bounded, so odd headings in a huge knowledge base cannot grow it without end.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SectionKind?> Known = new(StringComparer.Ordinal);
    private static int _knownCount;
    private const int MaxKnown = 4096;
    private const int MaxKnownLength = 64;

    private static SectionKind? ReadUncached(string heading)
    {
        var normalized = Normalize(heading);
        if (Variants.TryGetValue(normalized, out var kind))
            return kind;
        return normalized.Length is > 0 and <= MaxKeywordHeadingLength ? ByKeyword(normalized) : null;
    }

    private static SectionKind? ByKeyword(string heading)
    {
        SectionKind? best = null;
        var (bestEnd, bestLength) = (-1, 0);
        foreach (var (keyword, kind) in Keywords)
        {
            var at = heading.LastIndexOf(keyword, StringComparison.Ordinal);
            if (at < 0)
                continue;
            var end = at + keyword.Length;
            if (end > bestEnd || (end == bestEnd && keyword.Length > bestLength))
                (best, bestEnd, bestLength) = (kind, end, keyword.Length);
        }
        return best;
    }

    /// <summary>
    /// Strips what surrounds the words of a heading (brackets, numbering, colons, spaces, emphasis),
    /// folds Traditional characters and Latin case, so that variants compare equal.
    /// </summary>
    public static string Normalize(string heading)
    {
        var text = heading.Normalize(System.Text.NormalizationForm.FormKC).Trim();
        text = text.Replace("*", "").Replace("_", "").Replace("`", "");
        text = LeadingNumbering().Replace(text, "");
        // A qualifier in parentheses after the name (处理流程（SOP）, 处理方法（按时间顺序）) is not part of it.
        if (Qualifier().Replace(text, "").Trim() is { Length: > 0 } unqualified)
            text = unqualified;
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

    [GeneratedRegex(@"[(（][^()（）]*[)）]")]
    private static partial Regex Qualifier();

    private static (string, SectionKind)[] Flatten(params (SectionKind Kind, string[] Words)[] groups) =>
        groups.SelectMany(g => g.Words.Select(w => (w, g.Kind))).ToArray();

    private static Dictionary<string, SectionKind> Build(params (SectionKind Kind, string[] Names)[] groups)
    {
        var map = new Dictionary<string, SectionKind>(StringComparer.Ordinal);
        foreach (var (kind, names) in groups)
            foreach (var name in names)
                map[name] = kind;
        return map;
    }
}
