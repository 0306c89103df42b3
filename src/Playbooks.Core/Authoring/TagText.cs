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

    /// <summary>
    /// The tags in order, trimmed, without blanks or repeats: split at commas, 、 and semicolons; a line with none of
    /// those but spaces between Chinese words ("刷屏 广告 引流") is split at the spaces. The front matter's one-line form
    /// and the prompts read tags through this one method.
    /// </summary>
    public static IReadOnlyList<string> Split(string? text)
    {
        var tags = (text ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        // Chinese is written without spaces, so a space between Chinese words separates tags; Latin phrases such as
        // "live stream" or "CS 排队" keep their spaces, as a lead who writes English tags means them as one.
        if (tags is [var only] && only.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } words
            && words.All(StartsOrEndsWithHan))
            tags = words;
        return tags.Distinct(StringComparer.Ordinal).ToList();
    }

    private static readonly char[] Separators = [',', '，', '、', ';', '；'];

    private static bool StartsOrEndsWithHan(string word) => IsHan(word[0]) || IsHan(word[^1]);

    // The BMP Han blocks, as Playbooks.Search's CharClass.IsHan (Core cannot reference Search).
    private static bool IsHan(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';
}
