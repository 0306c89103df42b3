namespace Playbooks.Core.Authoring;

/// <summary>Tags as typed on a command line or at a prompt: "刷屏,广告" "刷屏，广告、引流" "刷屏; 广告".</summary>
public static class TagText
{
    /// <summary>
    /// Fewest tags a new playbook takes: tags are the words on-call staff use for the incident, and with one or two a
    /// playbook is found only when they happen to say exactly that word.
    /// </summary>
    public const int MinCount = 3;

    /// <summary>Most tags a new playbook takes: past eight they stop naming this incident and start matching others.</summary>
    public const int MaxCount = 8;

    /// <summary>What is wrong with how many tags there are, in Chinese; null when the count is within 3–8.</summary>
    public static string? CountProblem(IReadOnlyCollection<string> tags) =>
        tags.Count is >= MinCount and <= MaxCount ? null
        : $"需要 {MinCount}–{MaxCount} 个标签，现在是 {tags.Count} 个" + (tags.Count > MaxCount ? "：只留值班同学最常说的几个" : "");

    /// <summary>The tags in order, trimmed, without blanks or repeats. Separators match what the parser accepts in front matter.</summary>
    public static IReadOnlyList<string> Split(string? text) =>
        (text ?? "").Split([',', '，', '、', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal).ToList();
}
