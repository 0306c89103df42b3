namespace Playbooks.Core.Parsing;

/// <summary>
/// The names a playbook's front-matter fields go by. Teams write their files in their own words: `Title:` from an
/// English template, `标签:` and `严重程度:` from a Chinese one, `lastmod:` or `date:` from a static-site generator. Each
/// is read as the field it names instead of being dropped as an unknown key (and the playbook losing its tags and
/// severity with it).
/// </summary>
public static class FrontMatterKeys
{
    /// <summary>Every field, in the order playbooks/README.md documents them, with the other names it is read under.</summary>
    private static readonly (string Field, string[] OtherNames)[] Fields =
    [
        ("id", ["编号", "标识"]),
        ("title", ["标题", "名称", "预案名称"]),
        ("category", ["分类", "类别", "类目"]),
        ("tags", ["标签", "关键词", "关键字", "keywords"]),
        // Teams rate incidents as 级别, 等级 or 优先级 (P0–P4) as often as 严重程度; all mean this one scale.
        ("severity", ["严重程度", "严重性", "严重级别", "级别", "等级", "事故等级", "事故级别", "优先级", "紧急程度", "priority", "level"]),
        ("owner", ["负责人", "负责角色", "责任人", "负责团队"]),
        // Site generators write the last edit as lastmod or date; either is the best freshness date the file has.
        ("updated", ["更新", "更新日期", "更新时间", "最后更新", "修改日期", "修订日期", "lastmod", "last_updated", "last-updated", "date"]),
        ("reviewed", ["复核", "复核日期", "审核日期", "复审日期", "最后复核", "last_reviewed", "last-reviewed"]),
        ("source", ["来源", "出处"]),
        ("draft", ["草稿"]),
        // Not 类型: teams use it for what this tool calls category.
        ("kind", ["文档类型"]),
        ("order", ["顺序", "排序", "序号"]),
    ];

    private static readonly Dictionary<string, string> FieldByName = Fields
        .SelectMany(f => f.OtherNames.Prepend(f.Field).Select(name => (name, f.Field)))
        .ToDictionary(p => p.name, p => p.Field, StringComparer.OrdinalIgnoreCase);

    /// <summary>The field <paramref name="key"/> names, in any case or by one of its other names; null for a key no field goes by.</summary>
    public static string? FieldOf(string key) => FieldByName.GetValueOrDefault(key.Trim());

    /// <summary>The field whose name (any of them) is closest in spelling to an unknown <paramref name="key"/>, for "是不是…？".</summary>
    public static string Nearest(string key) =>
        FieldByName.MinBy(pair => Text.EditDistance(pair.Key.ToLowerInvariant(), key.Trim().ToLowerInvariant())).Value;
}
