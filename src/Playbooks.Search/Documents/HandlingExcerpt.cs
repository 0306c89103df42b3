using Playbooks.Core.Model;

namespace Playbooks.Search.Documents;

/// <summary>
/// The start of a 处理方法 written as paragraphs rather than numbered steps: what a search result shows of its own
/// handling, so that an operator never reads another playbook's steps under the top result. Null when the playbook has
/// steps (they are shown instead), is a draft, or its 处理方法 is empty or only a placeholder (待补充): then the first
/// result with steps is shown, as for any result without handling.
/// </summary>
public static class HandlingExcerpt
{
    /// <summary>Lines of the section shown at most: a result is a pointer to the playbook, not the playbook.</summary>
    public const int MaxLines = 3;

    /// <summary>Characters shown at most (UTF-16 units), about three lines of an 80-column terminal in Chinese.</summary>
    public const int MaxChars = 120;

    // What teams write in a section they have not filled in yet; a whole section of just this is no handling.
    private static readonly HashSet<string> Placeholders =
        ["待补充", "待填写", "待完善", "待定", "待写", "暂无", "无", "略", "todo", "tbd"];

    /// <summary>What every front end says above an excerpt: why there are no steps, and that this is only the start.</summary>
    public const string Note = "处理方法写成了段落，没有编号步骤，以下是开头部分：";

    private const string Ellipsis = "……";

    public static string? Of(StoredPlaybook doc) =>
        doc.HandlingSteps.Count > 0 || doc.Draft ? null : Of(doc.Fields.GetValueOrDefault(IndexedFields.Handling) ?? "");

    public static string? Of(Playbook playbook) =>
        // The last 处理方法 section, as the index's field holds the last one written (FieldExtractor).
        playbook.HandlingSteps.Count > 0 || playbook.Draft || playbook.Sections.LastOrDefault(s => s.Kind == SectionKind.Handling) is not { } section
            ? null
            : Of(FieldExtractor.SectionText(section));

    /// <summary>The first <see cref="MaxLines"/> lines of <paramref name="text"/> (plain text), cut at a sentence end within <see cref="MaxChars"/>.</summary>
    public static string? Of(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length == 0 || lines.Length == 1 && Placeholders.Contains(lines[0].TrimEnd('。', '.', '！', '!', '…').ToLowerInvariant()))
            return null;
        var shown = string.Join("\n", lines.Take(MaxLines));
        if (shown.Length <= MaxChars)
            return lines.Length > MaxLines ? shown + Ellipsis : shown;
        var cut = MaxChars;
        // At the last sentence end inside the limit, unless that leaves too little to be worth reading.
        var sentenceEnd = shown.LastIndexOfAny(['。', '！', '？', '；', '\n'], MaxChars - 1);
        if (sentenceEnd >= MaxChars / 3)
            cut = sentenceEnd + 1;
        else if (char.IsHighSurrogate(shown[cut - 1]))
            cut--;
        return shown[..cut].TrimEnd() + Ellipsis;
    }
}
