using Playbooks.Search.Evaluation;
using Playbooks.Site.Content;
using Playbooks.Site.Searching;
using Playbooks.Site.Tests.Support;

namespace Playbooks.Site.Tests.Browser;

/// <summary>
/// The search page served over HTTP fetches the chunked index (manifest, then only its query's shards and the display
/// chunks of the hits) and ranks exactly as the CLI; opened from file:// it loads search-data.js, the whole index.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ChunkedSearchTests(Sites sites, Chromium chromium, ITestOutputHelper output)
{
    private static readonly string[] Queries =
    [
        "群里突然有人冒充助教发名片拉人", "SKU价格填错，打1折被抢爆", "App 打不开，用户都在群里骂", "直播突然没声了",
        "群組裡有人冒充助教發名片拉人", "優惠券被羊毛黨刷爆了", "群里刷屏", "tuikuan", "节图发群里被骂", "qun li shua ping", "kuaidibulanshou",
    ];

    [Fact]
    public async Task Served_search_fetches_only_its_querys_chunks_and_ranks_as_the_cli()
    {
        var site = await sites.Bundled;
        await using var server = new StaticServer(site.Root);
        var manifest = SearchFiles.Read(site, SitePaths.SearchIndex);
        var shardCount = (int)manifest["shards"]!;

        foreach (var query in Queries)
        {
            // A fresh context per query: nothing cached, so what is served is what a first visit transfers.
            await using var browser = await chromium.OpenAsync();
            var requests = new List<string>();
            browser.Page.Request += (_, request) => requests.Add(request.Url);
            server.ClearServed();

            await browser.Page.GotoAsync(server.BaseUrl + "search.html?q=" + Uri.EscapeDataString(query));
            var ranked = await browser.ResultIdsAsync();

            Assert.Equal("chunks", await browser.Page.EvaluateAsync<string>("() => PlaybooksSearch.mode()"));
            Assert.Equal(site.Engine.Search(query, 10).Results.Select(r => r.Id), ranked);
            var served = server.Served;
            Assert.DoesNotContain(served, f => f.Path == SitePaths.SearchData);
            Assert.Contains(served, f => f.Path == SitePaths.SearchIndex);
            var shards = served.Where(f => f.Path.StartsWith("search/terms/", StringComparison.Ordinal)).Select(f => f.Path).ToList();
            Assert.Equal((await ShardsOfAsync(browser, query, manifest)).Order(StringComparer.Ordinal), shards.Order(StringComparer.Ordinal));
            Assert.InRange(served.Count(f => f.Path.StartsWith("search/docs/", StringComparison.Ordinal)), 1, ranked.Count);
            Assert.All(requests, url => Assert.StartsWith(server.BaseUrl, url));
            Assert.Empty(browser.Problems);
            output.WriteLine($"{query}: {served.Sum(f => f.Bytes):N0} B in {served.Count} files ({shards.Count} of {shardCount} term shards) " +
                $"vs search-data.js {site.Result.SearchDataBytes:N0} B");
        }
    }

    /// <summary>Chunking changes nothing: on the dev set, the served page's rankings are the file:// page's, all ten places.</summary>
    [Fact]
    public async Task Served_and_file_pages_rank_the_dev_queries_identically()
    {
        if (!File.Exists(RepositoryPaths.DevQueries))
            Assert.Skip($"{RepositoryPaths.DevQueries} is not on this machine (it lives in the shared folder beside the repository).");
        var site = await sites.Bundled;
        await using var server = new StaticServer(site.Root);
        var queries = QuerySet.Load(RepositoryPaths.DevQueries).Select(q => q.Text).ToList();

        var served = await RankAsync(server.BaseUrl + "search.html", queries, "chunks");
        var fromDisk = await RankAsync(site.Url("search.html"), queries, "whole");

        foreach (var query in queries)
            Assert.True(served[query].SequenceEqual(fromDisk[query]), $"{query}\n  served: {string.Join(", ", served[query])}\n  file:   {string.Join(", ", fromDisk[query])}");
    }

    [Fact]
    public async Task File_pages_load_the_whole_index_and_rank_as_the_cli()
    {
        var site = await sites.Bundled;
        await using var browser = await chromium.OpenAsync();
        const string query = "群里突然有人冒充助教发名片拉人";

        await browser.Page.GotoAsync(site.Url("search.html") + "?q=" + Uri.EscapeDataString(query));
        var ranked = await browser.ResultIdsAsync();

        Assert.Equal("whole", await browser.Page.EvaluateAsync<string>("() => PlaybooksSearch.mode()"));
        Assert.Equal(site.Engine.Search(query, 10).Results.Select(r => r.Id), ranked);
        Assert.Empty(browser.Problems);
    }

    [Fact]
    public async Task A_shard_that_cannot_be_fetched_falls_back_to_the_whole_index()
    {
        var site = await sites.Bundled;
        await using var server = new StaticServer(site.Root);
        await using var browser = await chromium.OpenAsync();
        // A half-uploaded site: the manifest is there, the term shards are not.
        await browser.Page.RouteAsync("**/search/terms/**", route => route.FulfillAsync(new() { Status = 404 }));
        const string query = "直播突然没声了";

        await browser.Page.GotoAsync(server.BaseUrl + "search.html?q=" + Uri.EscapeDataString(query));
        var ranked = await browser.ResultIdsAsync();

        Assert.Equal("whole", await browser.Page.EvaluateAsync<string>("() => PlaybooksSearch.mode()"));
        Assert.Equal(site.Engine.Search(query, 10).Results.Select(r => r.Id), ranked);
        Assert.Contains(server.Served, f => f.Path == SitePaths.SearchData);
    }

    /// <summary>
    /// The term shards of the query as the page analyses it, located with the C# hash (words by their text, bigrams and
    /// typo spellings by pinyin): what the page must fetch, and all it may.
    /// </summary>
    private static async Task<IEnumerable<string>> ShardsOfAsync(BrowserPage browser, string query, System.Text.Json.Nodes.JsonNode manifest)
    {
        var terms = await browser.Page.EvaluateAsync<string[][]>(
            "q => PlaybooksSearch.analyze(q).then(t => [t.words, t.bigrams, t.spellings.map(s => s.pinyin)])", query);
        var (count, spell) = ((int)manifest["shards"]!, SearchFiles.Spelling(manifest));
        return terms[0].Concat(terms[1].Select(spell)).Concat(terms[2])
            .Select(key => ChunkedSearchData.TermShard(TermShards.Of(key, count))).Distinct();
    }

    private async Task<Dictionary<string, IReadOnlyList<string>>> RankAsync(string page, IReadOnlyList<string> queries, string mode)
    {
        await using var browser = await chromium.OpenAsync();
        var ranks = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var query in queries)
        {
            await browser.Page.GotoAsync(page + "?q=" + Uri.EscapeDataString(query));
            ranks[query] = await browser.ResultIdsAsync();
            Assert.Equal(mode, await browser.Page.EvaluateAsync<string>("() => PlaybooksSearch.mode()"));
        }
        Assert.Empty(browser.Problems);
        return ranks;
    }
}
