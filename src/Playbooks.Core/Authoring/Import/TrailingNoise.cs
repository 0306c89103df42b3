namespace Playbooks.Core.Authoring.Import;

/// <summary>
/// Recognises the page furniture that scraped articles carry after their last case: reading lists, share buttons,
/// copyright lines, calls to like and comment. The list is deliberately narrow (phrases a playbook never needs),
/// because whatever matches is cut from the case; numbered steps are never checked.
/// </summary>
internal static class TrailingNoise
{
    private static readonly string[] Markers =
    [
        "推荐阅读", "相关阅读", "更多阅读", "延伸阅读", "相关文章", "相关推荐", "猜你喜欢", "往期回顾", "往期推荐", "热门文章",
        "阅读原文", "原文链接", "本文来源", "文章来源", "版权声明", "版权所有", "免责声明", "转载请", "未经授权", "未经许可",
        "copyright", "©", "icp备", "上一篇", "下一篇", "返回列表", "返回首页", "返回全部", "分享到", "分享新闻到",
        "扫描二维码", "扫码关注", "长按识别", "关注公众号", "点击关注", "查看全文",
        "记得点赞", "点赞+收藏", "点赞收藏", "点个赞", "欢迎留言", "评论区留言", "欢迎在评论区", "私信我", "关注我",
    ];

    public static bool IsNoise(string line)
    {
        var lower = line.ToLowerInvariant();
        return Markers.Any(m => lower.Contains(m, StringComparison.Ordinal));
    }
}
