using Microsoft.Playwright;
using Playbooks.Site.Tests.Support;
using CorePlainText = Playbooks.Core.Parsing.PlainText;

namespace Playbooks.Site.Tests.Browser;

/// <summary>A newcomer drills (演练) in Chromium from file://, with the keyboard only; progress stays in the browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DrillBrowserTests(Sites sites, Chromium chromium)
{
    /// <summary>A drill page, not the drill list.</summary>
    private static readonly System.Text.RegularExpressions.Regex DrillPage = new(@"/drills/(?!index\.html)[^/]+\.html$");

    [Fact]
    public async Task Newcomer_starts_a_random_drill_answers_with_the_keyboard_and_finds_the_progress_kept_after_reload()
    {
        var site = await sites.Bundled;
        await using var browser = await chromium.OpenAsync();
        var page = browser.Page;
        await page.GotoAsync(site.Url("index.html"));

        // Tab to "随机演练" and follow it.
        await TabToAsync(page, "a[data-random-drill]");
        await page.Keyboard.PressAsync("Enter");
        // Polls the address: a file:// navigation can commit before a navigation waiter is attached.
        await Assertions.Expect(page).ToHaveURLAsync(DrillPage);
        var id = (await page.Locator("article.drill").GetAttributeAsync("data-drill-id"))!;
        var playbook = site.Playbooks.Single(p => p.Id == id);

        // Pick the playbook's own first step by its number, then confirm.
        var firstStep = CorePlainText.FromMarkdown(playbook.HandlingSteps[0]).Trim();
        var labels = await page.Locator(".drill-options label").AllTextContentsAsync();
        var number = labels.ToList().FindIndex(l => l.EndsWith(firstStep, StringComparison.Ordinal)) + 1;
        Assert.True(number > 0, $"the first step of {id} is not among the options");
        Assert.False(await page.Locator(".drill-reveal").GetAttributeAsync("open") is not null);
        await page.Keyboard.PressAsync(number.ToString());
        await Assertions.Expect(page.Locator($"#option-{number}")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator($"#option-{number}")).ToBeCheckedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator(".drill-reveal")).ToHaveAttributeAsync("open", "");
        await Assertions.Expect(page.Locator(".drill-verdict")).ToHaveTextAsync("答对了！");
        var link = page.Locator(".drill-reveal a.drill-playbook-link");
        await Assertions.Expect(link).ToBeFocusedAsync();
        await Assertions.Expect(link).ToHaveAttributeAsync("href", $"../playbooks/{id}.html");

        // After a reload the drill remembers, and so does the list.
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator(".drill-status")).ToContainTextAsync("你已经做过这个演练（答对）");
        await page.GotoAsync(site.Url("drills/index.html"));
        await Assertions.Expect(page.Locator($".drill-list [data-drill-id='{id}'] .drill-state")).ToHaveTextAsync("已完成 · 答对");
        var total = await page.Locator(".drill-list [data-drill-id]").CountAsync();
        await Assertions.Expect(page.Locator(".drill-progress")).ToHaveTextAsync($"已完成 1 / {total}");

        // The next random drill is one not done yet.
        await TabToAsync(page, "a[data-random-drill]");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(DrillPage);
        await Assertions.Expect(page.Locator("article.drill")).ToHaveCountAsync(1);
        Assert.NotEqual(id, await page.Locator("article.drill").GetAttributeAsync("data-drill-id"));
        Assert.Empty(browser.Problems);
    }

    [Fact]
    public async Task A_wrong_answer_is_recorded_as_such_and_the_reveal_still_names_the_right_one()
    {
        var site = await sites.Bundled;
        var playbook = site.Playbooks.First(p => p.HandlingSteps.Count > 0);
        await using var browser = await chromium.OpenAsync();
        var page = browser.Page;
        await page.GotoAsync(site.Url($"drills/{playbook.Id}.html"));
        var answer = int.Parse((await page.Locator("form[data-drill-answer]").GetAttributeAsync("data-drill-answer"))!);
        var wrong = answer == 1 ? 2 : 1;

        await page.Keyboard.PressAsync(wrong.ToString());
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator(".drill-verdict")).ToHaveTextAsync($"不对：你选的是第 {wrong} 项。");
        await Assertions.Expect(page.Locator(".drill-answer")).ToContainTextAsync($"正确答案是第 {answer} 项");
        await page.GotoAsync(site.Url("drills/index.html"));
        await Assertions.Expect(page.Locator($".drill-list [data-drill-id='{playbook.Id}'] .drill-state")).ToHaveTextAsync("已完成 · 答错");
        Assert.Empty(browser.Problems);
    }

    /// <summary>Presses Tab until <paramref name="selector"/> has the focus, as a keyboard user would.</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var i = 0; i < 60; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
                return;
        }
        Assert.Fail($"Tab never reached {selector}");
    }
}
