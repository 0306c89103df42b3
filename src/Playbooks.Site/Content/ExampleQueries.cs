namespace Playbooks.Site.Content;

/// <summary>
/// Searches a newcomer can click to see how description-style queries work: under the home page's search box and on
/// the empty search page of <c>playbooks serve</c>. Each one finds its playbook in the bundled knowledge base.
/// </summary>
public static class ExampleQueries
{
    public static IReadOnlyList<string> All { get; } = ["群里有人冒充助教发名片拉人", "直播突然没声了", "优惠券被羊毛党刷爆了", "App 打不开，用户都在群里骂"];
}
