using Microsoft.Playwright;
using Playbooks.Cli;
using Playbooks.Server.Tests.Support;

namespace Playbooks.Server.Tests.Pages;

/// <summary>
/// "复制处理清单" in Chromium, on the static site opened from disk and on a <c>serve</c> page: what lands on the
/// clipboard is byte for byte what <c>playbooks show &lt;id&gt; --checklist</c> prints. Uses /usr/bin/chromium (never
/// downloaded); skipped without it unless PLAYBOOKS_REQUIRE_BROWSER=1, when a missing browser is a failure.
/// </summary>
public sealed class CopyChecklistBrowserTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Theory]
    [InlineData("bot-flood")]
    [InlineData("payment-failure-promo")]
    public async Task Site_button_copies_exactly_what_the_cli_checklist_prints(string id)
    {
        BrowserTests.RequireChromium();
        var output = Path.Combine(Path.GetTempPath(), "playbooks-checklist-site-" + Guid.NewGuid().ToString("N"));
        try
        {
            Assert.Equal(0, (await RunCliAsync("site", "--out", output, "--playbooks", RepositoryPaths.Playbooks)).Exit);
            var expected = await CliChecklistAsync(id, RepositoryPaths.Playbooks);

            var copied = await CopyFromPageAsync(new Uri(Path.Combine(output, "playbooks", id + ".html")).AbsoluteUri);

            Assert.Equal(expected, copied);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public async Task Serve_page_button_copies_exactly_what_the_cli_checklist_prints()
    {
        BrowserTests.RequireChromium();
        var expected = await CliChecklistAsync("bot-flood", fixture.Server.KnowledgeBase);

        var copied = await CopyFromPageAsync(fixture.Server.BaseAddress + "playbooks/bot-flood");

        Assert.Equal(expected, copied);
    }

    /// <summary>Opens <paramref name="url"/>, clicks the button, waits for its confirmation, and reads the clipboard.</summary>
    private static async Task<string> CopyFromPageAsync(string url)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = BrowserTests.Chromium, Args = BrowserTests.ChromiumArgs, Headless = true });
        await using var context = await browser.NewContextAsync(new() { Permissions = ["clipboard-read", "clipboard-write"] });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                problems.Add(message.Text);
        };
        page.PageError += (_, error) => problems.Add(error);

        await page.GotoAsync(url);
        var button = page.GetByRole(AriaRole.Button, new() { Name = "复制处理清单" });
        await button.ClickAsync();
        await Assertions.Expect(page.Locator(".copy-status")).ToHaveTextAsync("已复制，可以直接粘贴到群里");
        var text = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Empty(problems);
        return text;
    }

    private static async Task<string> CliChecklistAsync(string id, string knowledgeBase)
    {
        var (exit, output) = await RunCliAsync("show", id, "--checklist", "--playbooks", knowledgeBase);
        Assert.Equal(0, exit);
        return output;
    }

    private static async Task<(int Exit, string Output)> RunCliAsync(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var exit = await CliApp.RunAsync(args, new CliEnvironment
        {
            Out = output,
            Error = new StringWriter(),
            In = new StringReader(""),
            GetVariable = _ => null,
            CurrentDirectory = Path.GetTempPath(),
        });
        return (exit, output.ToString());
    }
}
