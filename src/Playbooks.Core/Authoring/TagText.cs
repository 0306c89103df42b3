namespace Playbooks.Core.Authoring;

/// <summary>Tags as typed on a command line or at a prompt: "刷屏,广告" "刷屏，广告、引流" "刷屏; 广告".</summary>
public static class TagText
{
    /// <summary>The tags in order, trimmed, without blanks or repeats. Separators match what the parser accepts in front matter.</summary>
    public static IReadOnlyList<string> Split(string? text) =>
        (text ?? "").Split([',', '，', '、', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal).ToList();
}
