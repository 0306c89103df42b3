namespace Playbooks.Tests.Shared;

/// <summary>
/// A knowledge base whose best match for <see cref="Query"/> has its 处理方法 written as paragraphs, and whose second
/// match has numbered steps: every front end (CLI, serve, the offline site) must show the top result's own handling,
/// never the second one's steps under it. Linked into each front end's tests, so they check the same case.
/// </summary>
internal static class ProseHandlingKnowledgeBase
{
    public const string Query = "直播间突然断流黑屏观众刷屏";

    public const string ProseId = "live-blackout";
    public const string ProseTitle = "直播间突然断流黑屏，观众刷屏问怎么了";
    public const string StepsId = "live-lag";

    /// <summary>The excerpt every front end shows, line by line (the 处理方法's three paragraphs; the fourth is cut).</summary>
    public static readonly string[] ExcerptLines =
    [
        "场控先在评论区置顶说明：技术正在处理，请大家稍等，不要退出直播间。",
        "主播用手机备用账号开播，把观众引过去。",
        "恢复后在直播间发补偿券，并在社群说明原因。……",
    ];

    /// <summary>The second match's first step: never shown under the prose playbook.</summary>
    public const string OtherFirstStep = "切到备用推流地址";

    public static void Write(string root)
    {
        Write(root, $"live/{ProseId}.md", ProseId, ProseTitle, "断流, 黑屏, 刷屏", """
            场控先在评论区置顶说明：技术正在处理，请大家稍等，不要退出直播间。

            主播用手机备用账号开播，把观众引过去。

            恢复后在直播间发补偿券，并在社群说明原因。

            当天复盘推流设备。
            """);
        Write(root, $"live/{StepsId}.md", StepsId, "直播画面卡顿", "卡顿, 直播", $"""
            1. **场控（1 分钟内）** {OtherFirstStep}。
            2. **主播（5 分钟内）** 口播说明卡顿原因。
            """);
    }

    private static void Write(string root, string relative, string id, string title, string tags, string handling)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, $"""
            ---
            id: {id}
            title: {title}
            category: 内容运营
            tags: [{tags}]
            severity: 高
            owner: 直播运营主管
            updated: 2026-11-01
            ---

            # {title}

            ## 背景

            直播进行中出现异常，观众在评论区集中提问。

            ## 风险源头

            - 推流只有一条线路。

            ## 激化情况

            - 五分钟内没有恢复 → 通知直播运营主管。

            ## 处理方法

            {handling}

            ## 复盘反思

            - 增加备用推流线路。

            """);
    }
}
