namespace Playbooks.Site.Content;

/// <summary>One incident category as the site presents it.</summary>
/// <param name="Name">As written in the playbooks' front matter (社群运营 …); 未分类 for playbooks without one.</param>
/// <param name="Anchor">ASCII fragment id on the catalog page.</param>
/// <param name="Summary">One sentence for newcomers: what kind of incident lands here.</param>
public sealed record CategoryInfo(string Name, string Anchor, string Summary);

/// <summary>
/// The categories of playbooks/README.md, in the order the catalog shows them. Categories outside this list still
/// appear (after these, in ordinal order), so a new category never hides playbooks.
/// </summary>
public static class Categories
{
    public const string Uncategorised = "未分类";

    public static IReadOnlyList<CategoryInfo> Known { get; } =
    [
        new("社群运营", "community", "微信群、学习群、粉丝群里的冲突、刷屏、冷场和冒充。"),
        new("用户运营", "user", "投诉、退款、流失，以及服务故障时涌来的用户。"),
        new("活动运营", "campaign", "促销、抽奖、线下活动中的薅羊毛、爆场和兑现延迟。"),
        new("内容运营", "content", "直播、推送、文章里的事故和错误信息。"),
        new("电商运营", "ecommerce", "价格、库存、支付和店铺处罚。"),
        new("品牌舆情", "brand", "负面舆论、博主翻车、员工不当言论。"),
        new("安全合规", "safety", "封号、隐私泄露、诈骗和违规内容。"),
    ];

    /// <summary>Catalog order: known categories first, then the others in ordinal order.</summary>
    public static IReadOnlyList<CategoryInfo> Order(IEnumerable<string> present)
    {
        var names = present.Select(Name).ToHashSet(StringComparer.Ordinal);
        var known = Known.Where(c => names.Contains(c.Name)).ToList();
        var others = names.Where(n => Known.All(k => k.Name != n)).Order(StringComparer.Ordinal)
            .Select((name, i) => new CategoryInfo(name, $"category-{i + 1}", ""));
        return [.. known, .. others];
    }

    public static string Name(string category) => category.Length == 0 ? Uncategorised : category;
}
