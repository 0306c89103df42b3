using System.Text.Json.Serialization;

namespace Playbooks.Search.Vocabulary;

/// <summary>Why a word was learned; the first applicable reason in this order is reported.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WordSource>))]
public enum WordSource
{
    /// <summary>An author wrote it as a tag.</summary>
    [JsonStringEnumMemberName("tag")]
    Tag,
    /// <summary>An author put it in bold (the role at the head of a handling step: **社群助教（2 分钟内）**).</summary>
    [JsonStringEnumMemberName("bold")]
    Bold,
    /// <summary>A short phrase of a title, between punctuation.</summary>
    [JsonStringEnumMemberName("title")]
    Title,
    /// <summary>Found by its statistics: frequent, cohesive, and free at both ends (<see cref="NgramStatistics"/>).</summary>
    [JsonStringEnumMemberName("statistics")]
    Statistics,
}

public static class WordSourceNames
{
    public static string ChineseName(this WordSource source) => source switch
    {
        WordSource.Tag => "标签",
        WordSource.Bold => "加粗",
        WordSource.Title => "标题",
        _ => "统计",
    };
}
