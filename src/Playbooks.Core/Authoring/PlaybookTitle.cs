using System.Globalization;
using Playbooks.Core.Parsing;

namespace Playbooks.Core.Authoring;

/// <summary>The title rule for new playbooks: one line a person reads in a result list.</summary>
public static class PlaybookTitle
{
    /// <summary>Longest title accepted; the bundled titles are 15–35 characters, and a list row shows about 40.</summary>
    public const int MaxLength = 100;

    /// <summary>What is wrong with <paramref name="title"/>, in Chinese; null when it is fine.</summary>
    public static string? Problem(string title)
    {
        if (title.Contains('\n') || title.Contains('\r'))
            return "标题只能有一行：一句话说清是什么事故";
        if (ControlCharacters.IndexOf(title) is var at and >= 0)
            return $"标题含有不可见的控制字符（{ControlCharacters.Name(title[at])}），删掉后重试";
        var length = new StringInfo(title).LengthInTextElements;
        if (length > MaxLength)
            return $"标题太长（{length} 个字，最多 {MaxLength} 个）：一句话说清是什么事故，细节写进“背景”";
        return null;
    }
}
