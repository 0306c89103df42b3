using System.Text.Json;
using Playbooks.Server.Tests.Support;

namespace Playbooks.Server.Tests.Pages;

/// <summary>The search page as the server renders it for <c>/</c> and <c>/?q=…</c> (what a shared link shows, and the page without JavaScript).</summary>
public sealed class LiveSearchPageTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private const string Query = "群里突然有人冒充助教发名片拉人";

    private TestServer Server => fixture.Server;

    [Fact]
    public async Task The_empty_page_offers_example_queries_that_find_something()
    {
        var page = await Server.GetPageAsync("/");

        var examples = page.Html.QuerySelector("#examples")!;
        Assert.False(examples.HasAttribute("hidden"));
        var links = examples.QuerySelectorAll("a.example").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            Assert.StartsWith("/?q=", link);
            Assert.NotEmpty(await Server.SearchIdsAsync(Uri.UnescapeDataString(link["/?q=".Length..])));
        }
    }

    [Fact]
    public async Task A_results_page_hides_the_examples_and_emphasises_only_the_first_result()
    {
        var page = await Server.GetPageAsync("/?q=" + Uri.EscapeDataString(Query));

        Assert.True(page.Html.QuerySelector("#examples")!.HasAttribute("hidden"));
        var results = page.Html.QuerySelectorAll("#results > li.result");
        Assert.True(results.Length > 1);
        Assert.True(results[0].ClassList.Contains("result-top"));
        Assert.All(results.Skip(1), r => Assert.False(r.ClassList.Contains("result-top")));
    }

    [Fact]
    public async Task The_top_hit_lists_its_handling_steps_inline_with_the_jump_to_them()
    {
        var api = await Server.GetJsonAsync("/api/search?limit=10&q=" + Uri.EscapeDataString(Query));
        var top = api.GetProperty("results")[0];
        var steps = top.GetProperty("handlingSteps").EnumerateArray().Select(s => s.GetString()!).ToList();
        Assert.NotEmpty(steps);

        var page = await Server.GetPageAsync("/?q=" + Uri.EscapeDataString(Query));

        var result = page.Html.QuerySelector("#results > li.result-top")!;
        Assert.Equal(top.GetProperty("id").GetString(), result.GetAttribute("data-playbook-id"));
        var shown = result.QuerySelectorAll(".result-steps > li").ToList();
        Assert.Equal(steps.Count, shown.Count);
        for (var i = 0; i < steps.Count; i++)
        {
            // The step's words as written, its **bold** role shown bold.
            Assert.Equal(steps[i].Replace("**", "").Replace('\n', ' '), shown[i].TextContent);
            if (steps[i].StartsWith("**", StringComparison.Ordinal))
                Assert.Equal(steps[i].Split("**")[1], shown[i].QuerySelector("strong")!.TextContent);
        }
        Assert.Equal($"/playbooks/{result.GetAttribute("data-playbook-id")}#handling", result.QuerySelector("a.result-action")!.GetAttribute("href"));
        // Only one result lists steps.
        Assert.Single(page.Html.QuerySelectorAll(".result-steps"));
    }

    [Fact]
    public async Task Snippets_mark_the_words_the_engine_highlighted()
    {
        var api = await Server.GetJsonAsync("/api/search?limit=10&q=" + Uri.EscapeDataString(Query));
        var page = await Server.GetPageAsync("/?q=" + Uri.EscapeDataString(Query));

        var marked = 0;
        foreach (var hit in api.GetProperty("results").EnumerateArray())
        {
            var snippet = hit.GetProperty("snippets").EnumerateArray().FirstOrDefault();
            if (snippet.ValueKind != JsonValueKind.Object)
                continue;
            var text = snippet.GetProperty("text").GetString()!;
            var expected = snippet.GetProperty("highlights").EnumerateArray()
                .Select(h => text.Substring(h[0].GetInt32(), h[1].GetInt32())).ToList();
            var summary = page.Html.QuerySelector($"#results > li[data-playbook-id='{hit.GetProperty("id").GetString()}'] .card-summary")!;

            Assert.Equal(text, summary.TextContent);
            Assert.Equal(expected, summary.QuerySelectorAll("mark").Select(m => m.TextContent));
            marked += expected.Count;
        }
        Assert.True(marked > 0, "no result had a highlighted snippet");
    }
}
