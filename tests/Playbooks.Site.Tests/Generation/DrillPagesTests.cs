using Playbooks.Site.Content;
using Playbooks.Site.Tests.Support;
using CorePlainText = Playbooks.Core.Parsing.PlainText;

namespace Playbooks.Site.Tests.Generation;

/// <summary>The drill pages (演练) of the generated site, read without script.</summary>
public sealed class DrillPagesTests(Sites sites)
{
    [Fact]
    public async Task Every_bundled_playbook_with_steps_has_a_drill_whose_options_include_its_first_step_once()
    {
        var site = await sites.Bundled;
        var withSteps = site.Playbooks.Where(p => p.HandlingSteps.Count > 0).ToList();
        Assert.True(withSteps.Count >= 3, "the bundled knowledge base has too few playbooks with steps to drill");

        foreach (var playbook in withSteps)
        {
            var page = site.Html(SitePaths.Drill(playbook.Id));
            var options = page.QuerySelectorAll(".drill-options label").Select(l => l.TextContent).ToList();
            var firstStep = CorePlainText.FromMarkdown(playbook.HandlingSteps[0]).Trim();

            Assert.InRange(options.Count, 3, 4);
            var answer = int.Parse(page.QuerySelector("form[data-drill-answer]")!.GetAttribute("data-drill-answer")!);
            Assert.Single(options, o => o == $"{answer}{firstStep}");
            Assert.Contains(firstStep, page.QuerySelector(".drill-reveal .drill-answer")!.TextContent);
            Assert.EndsWith($"playbooks/{playbook.Id}.html", page.QuerySelector(".drill-reveal a.drill-playbook-link")!.GetAttribute("href"));
        }
    }

    [Fact]
    public async Task The_scenario_shows_the_background_and_escalation_but_not_the_handling_before_the_reveal()
    {
        var site = await sites.Bundled;
        var playbook = site.Playbooks.First(p => p.HandlingSteps.Count > 0);
        var page = site.Html(SitePaths.Drill(playbook.Id));

        var beforeReveal = page.QuerySelectorAll("article.drill > section.part").Select(s => s.TextContent).ToList();

        Assert.Equal(2, beforeReveal.Count);
        Assert.DoesNotContain(beforeReveal, text => text.Contains("完整处理方法"));
        Assert.NotNull(page.QuerySelector(".drill-reveal .checklist"));
    }

    [Fact]
    public async Task The_right_answer_is_not_always_in_the_same_place()
    {
        var site = await sites.Bundled;

        var positions = site.Playbooks.Where(p => p.HandlingSteps.Count > 0)
            .Select(p => site.Html(SitePaths.Drill(p.Id)).QuerySelector("form[data-drill-answer]")!.GetAttribute("data-drill-answer"))
            .Distinct().Count();

        Assert.True(positions >= 3, $"the answer sits in only {positions} distinct positions");
    }

    [Fact]
    public async Task The_drill_list_links_every_drill_and_the_home_page_offers_a_random_one_falling_back_to_the_list()
    {
        var site = await sites.Bundled;
        var drills = site.Playbooks.Where(p => p.HandlingSteps.Count > 0).Select(p => p.Id).Order(StringComparer.Ordinal).ToList();

        var listed = site.Html(SitePaths.Drills).QuerySelectorAll(".drill-list [data-drill-id]").Select(li => li.GetAttribute("data-drill-id")).ToList();
        var random = site.Html(SitePaths.Home).QuerySelector("a[data-random-drill]")!;

        Assert.Equal(drills, listed);
        Assert.Equal("随机演练", random.TextContent);
        Assert.Equal("drills/index.html", random.GetAttribute("href"));
        Assert.Equal(drills, random.GetAttribute("data-drill-ids")!.Split(' '));
    }
}
