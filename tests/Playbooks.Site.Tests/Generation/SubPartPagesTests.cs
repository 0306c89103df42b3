using Playbooks.Site.Tests.Support;

namespace Playbooks.Site.Tests.Generation;

/// <summary>
/// A heading that is not one of the five parts keeps its text on the page: under its own heading, inside the part it
/// follows, in its place. The second team wrote <c>## 附：给商家的说明</c> after its handling steps.
/// </summary>
public sealed class SubPartPagesTests(Sites sites)
{
    [Fact]
    public async Task Text_under_an_unrecognised_heading_is_shown_in_the_part_it_follows_and_is_not_a_step()
    {
        Assert.SkipUnless(Directory.Exists(RepositoryPaths.SecondTeamCorpus), "tests/corpora/second-team is not present");
        var site = await sites.SecondTeam;
        var playbook = site.Playbooks.Single(p => p.Id == "live-throttled-fake-traffic");
        var handling = site.Html("playbooks/live-throttled-fake-traffic.html").QuerySelector("#handling")!;

        var heading = handling.QuerySelectorAll("h3").Single(h => h.TextContent == "附：给商家的说明");
        var text = heading.NextElementSibling!;
        Assert.StartsWith("对已付坑位费的商家", text.TextContent);
        Assert.Null(text.Closest(".checklist"));
        Assert.Equal(playbook.HandlingSteps.Count, handling.QuerySelectorAll(".checklist input[type=checkbox]").Length);
        Assert.True(handling.QuerySelector(".checklist")!.CompareDocumentPosition(heading).HasFlag(AngleSharp.Dom.DocumentPositions.Following),
            "the note should come after the steps, where it is in the file");
    }
}
