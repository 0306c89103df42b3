using Playbooks.Site.Tests.Support;

namespace Playbooks.Site.Tests.Snapshots;

/// <summary>
/// The markup of a few pages of the fixture site, committed next to this file: any change to a component shows
/// up as a reviewable diff.
/// </summary>
public sealed class PageSnapshotTests(Sites sites)
{
    [Theory]
    [InlineData("index.html", "home")]
    [InlineData("playbooks/hostile-markup.html", "playbook-hostile-markup")]
    [InlineData("playbooks/other-playbook.html", "playbook-chinese-numbering")]
    // article.guide carries data-playbook-id, as article.playbook does: `playbooks serve` renders this component too,
    // and its tests identify the document on a served page by that attribute.
    [InlineData("guides/first-steps.html", "guide")]
    [InlineData("search.html", "search")]
    [InlineData("tags/刷屏.html", "tag")]
    public async Task Page_matches_its_snapshot(string page, string name)
    {
        var site = await sites.Fixture;

        Snapshot.MatchHtml(name, site.Text(page));
    }
}
