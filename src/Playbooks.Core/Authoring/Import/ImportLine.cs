using System.Text.RegularExpressions;
using Playbooks.Core.Model;
using Playbooks.Core.Parsing;

namespace Playbooks.Core.Authoring.Import;

internal enum LineKind
{
    Blank,
    /// <summary>Names one of the five parts: 【社群背景】, 「风险源头」, ### 激化情况, 处理方法：…</summary>
    Part,
    /// <summary>Could be a case title (1、… 一、… 2. … ### … 案例三：…); the importer decides from what follows.</summary>
    Candidate,
    Text,
}

/// <summary>How a candidate title is written; a case's title form is what its siblings are expected to use.</summary>
internal enum TitleForm
{
    Numbered,
    Heading,
    CaseLabel,
    Bold,
}

/// <summary>One line of an article, classified on its own (the importer adds context).</summary>
internal sealed partial record ImportLine(int Number, string Text, LineKind Kind)
{
    public SectionKind Part { get; init; }
    /// <summary>The part's name as written, without brackets or colon (社群背景, 改进方法).</summary>
    public string PartName { get; init; } = "";
    /// <summary>Text after the part name on the same line ("处理方法：先禁言" → "先禁言").</summary>
    public string PartRest { get; init; } = "";
    /// <summary>
    /// Bracketed, heading or whole-line part names are certain. "名称：正文" could also be a sentence inside a part
    /// ("升级：如果……"), so the importer accepts it only where it moves the case forward.
    /// </summary>
    public bool IsStrongPart { get; init; }

    public TitleForm Form { get; init; }
    /// <summary>The candidate's title text, numbering and decoration removed.</summary>
    public string Title { get; init; } = "";
    /// <summary>Level of a Markdown heading (1–6); 0 otherwise.</summary>
    public int HeadingLevel { get; init; }
    /// <summary>The numbering of a numbered line (also of sub-items, which are never candidates).</summary>
    public Numbering.Marker? Marker { get; init; }

    public bool IsBlank => Kind == LineKind.Blank;

    /// <summary>Headings and "案例三：" labels say "a case starts here" more firmly than a numbered line does.</summary>
    public bool IsStrongCandidate => Kind == LineKind.Candidate && Form is TitleForm.Heading or TitleForm.CaseLabel;

    /// <summary>Key comparing title forms: "numbered:arabic、", "heading:3", "label", "bold".</summary>
    public string TitleStyle => Form switch
    {
        TitleForm.Numbered => "numbered:" + Marker!.Value.Style,
        TitleForm.Heading => "heading:" + HeadingLevel,
        TitleForm.CaseLabel => "label",
        _ => "bold",
    };

    public static ImportLine Classify(int number, string raw)
    {
        var text = Clean(raw);
        if (text.Length == 0)
            return new ImportLine(number, text, LineKind.Blank);

        var heading = AtxHeading().Match(text);
        if (heading.Success)
        {
            var words = heading.Groups["text"].Value.Trim();
            return AsPart(number, text, words, strong: true)
                ?? AsCaseLabel(number, text, words, heading.Groups["hashes"].Length)
                ?? new ImportLine(number, text, LineKind.Candidate)
                {
                    Form = TitleForm.Heading, HeadingLevel = heading.Groups["hashes"].Length,
                    Title = CleanTitle(Numbering.Match(words) is { IsSubItem: false } numbered ? numbered.Text : words),
                };
        }

        var bracket = Bracketed().Match(text);
        if (bracket.Success && AsPart(number, text, bracket.Groups["name"].Value, strong: true, bracket.Groups["rest"].Value) is { } bracketed)
            return bracketed;

        var plain = Unemphasised(text);
        if (plain.Length <= 24 && SectionHeadings.Match(plain) is not null)
            return AsPart(number, text, plain, strong: true)!;

        var inline = InlineName().Match(plain);
        if (inline.Success && SectionHeadings.Match(inline.Groups["name"].Value) is not null)
            return AsPart(number, text, inline.Groups["name"].Value, strong: false, RestAfterColon(text))! with { Marker = Numbering.Match(plain) };

        if (AsCaseLabel(number, text, plain.TrimStart('【', '「', '『', '['), 0) is { } label)
            return label;

        var marker = Numbering.Match(plain);
        if (marker is { IsSubItem: false } m)
            return new ImportLine(number, text, LineKind.Candidate) { Form = TitleForm.Numbered, Marker = m, Title = CleanTitle(m.Text) };

        if (BoldLine().IsMatch(text) && plain.Length <= 40)
            return new ImportLine(number, text, LineKind.Candidate) { Form = TitleForm.Bold, Title = CleanTitle(plain) };

        return new ImportLine(number, text, LineKind.Text) { Marker = marker };
    }

    private static ImportLine? AsPart(int number, string text, string name, bool strong, string rest = "")
    {
        if (SectionHeadings.Match(name) is not { } kind)
            return null;
        return new ImportLine(number, text, LineKind.Part)
        {
            Part = kind,
            PartName = PartNameOf(name),
            PartRest = rest.Trim().TrimStart('*', '_').Trim(),
            IsStrongPart = strong,
        };
    }

    private static ImportLine? AsCaseLabel(int number, string text, string words, int headingLevel)
    {
        var label = CaseLabel().Match(Unemphasised(words));
        if (!label.Success || Numbering.ParseNumber(label.Groups["n"].Value) is not { } n)
            return null;
        var title = CleanTitle(label.Groups["text"].Value);
        return new ImportLine(number, text, LineKind.Candidate)
        {
            Form = headingLevel > 0 ? TitleForm.Heading : TitleForm.CaseLabel,
            HeadingLevel = headingLevel,
            Title = title.Length > 0 ? title : Unemphasised(words),
            Marker = new Numbering.Marker(n, "label", title, false),
        };
    }

    /// <summary>The name as a reader knows it: 【社群背景】： → 社群背景, 一、处理方法 → 处理方法.</summary>
    private static string PartNameOf(string name)
    {
        var words = Unemphasised(name).Trim('【', '】', '「', '」', '『', '』', '[', ']', '〔', '〕', '〖', '〗', ' ');
        words = words.TrimEnd(':', '：', ' ');
        return Numbering.Match(words) is { IsSubItem: false } m ? m.Text : words;
    }

    /// <summary>A title as written minus its wrapping: brackets, emphasis, a trailing colon.</summary>
    private static string CleanTitle(string title)
    {
        var text = Unemphasised(title);
        if (text.Length > 2 && text[0] is '【' or '「' or '『' && text[^1] is '】' or '」' or '』')
            text = text[1..^1];
        return text.TrimEnd(':', '：', ' ').Trim();
    }

    private static string RestAfterColon(string text)
    {
        var colon = text.IndexOfAny([':', '：']);
        return colon < 0 ? "" : text[(colon + 1)..];
    }

    /// <summary>Trimmed (including full-width and no-break spaces) with zero-width characters and a BOM removed.</summary>
    public static string Clean(string raw) =>
        raw.Replace("\u200B", "").Replace("\u200C", "").Replace("\u200D", "").Replace("\uFEFF", "").Replace('\t', ' ').Trim();

    private static string Unemphasised(string text) => text.Replace("**", "").Replace("__", "").Trim();

    [GeneratedRegex(@"^(?<hashes>#{1,6})\s+(?<text>.+?)\s*#*\s*$")]
    private static partial Regex AtxHeading();

    // 【社群背景】 「风险源头」： **【处理方法】**先禁言  > 【复盘】
    [GeneratedRegex(@"^(?:>\s*)?(?:\*\*|__)?\s*[【「『〔〖\[]\s*(?<name>[^】」』〕〗\]]{1,24}?)\s*[】」』〕〗\]]\s*(?:\*\*|__)?\s*[:：]?\s*(?<rest>.*)$")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"^(?<name>[^:：]{1,16}?)\s*[:：]\s*(?<rest>\S.*)$")]
    private static partial Regex InlineName();

    // 案例一：标题  案例 2 标题  第三个案例：标题
    [GeneratedRegex(@"^(?:第\s*(?<n>[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\s*个?\s*案例|案例\s*(?<n>[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3}))\s*[:：、.．—\-）)】」』\]]*\s*(?<text>.*)$")]
    private static partial Regex CaseLabel();

    [GeneratedRegex(@"^(\*\*|__)[^*_].*(\*\*|__)$")]
    private static partial Regex BoldLine();
}
