using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Playbooks.Application;
using Playbooks.Server.Tests.Support;

namespace Playbooks.Server.Tests.Library;

/// <summary>
/// During an incident several people search while a lead saves playbooks: here <see cref="Searchers"/> threads search a
/// copy of the bundled set the way <c>playbooks search</c> does (each search opens the knowledge base afresh through
/// the CLI's library entry point, so it refreshes the shared index first, as a new process would), a client asks
/// <c>serve</c> on 127.0.0.1, and one thread rewrites, renames and deletes playbooks. Every search must answer, with
/// whole results (no id twice, each with its title and file), never a playbook whose deletion was already indexed when
/// it started; every result <c>serve</c> gives must have its playbook behind it; once the edits stop, <c>serve</c>
/// answers as the command line does. Bounded: <see cref="Edits"/> edits, searches until they are done.
/// </summary>
[Collection(nameof(LoadTests))]
public sealed class SearchesDuringEditsTests
{
    private const int Searchers = 3;
    private const int Edits = 12;

    /// <summary>Deleted one by one, each after a rewrite and a rename; their titles are among the queries.</summary>
    private static readonly string[] Deleted = ["community/bot-flood.md", "ecommerce/price-error-oversold.md", "campaign/coupon-abuse.md", "content/live-stream-accident.md"];

    private static readonly string[] Queries = ["群里突然有人冒充助教发名片拉人", "直播突然没声了", "价格填错被抢爆", "羊毛党批量注册小号薅券", "机器人小号刷屏", "优惠券被刷"];

    [Fact]
    public async Task Every_search_answers_with_whole_results_while_playbooks_are_rewritten_renamed_and_deleted()
    {
        await using var server = await TestServer.StartAsync();
        var kb = server.KnowledgeBase;
        var deletedIds = Deleted.Select(Path.GetFileNameWithoutExtension).ToList();
        var removalIndexed = new ConcurrentDictionary<string, bool>(); // ids whose deletion some refresh has committed
        var failures = new ConcurrentQueue<string>();
        var searches = 0;
        var served = 0;
        using var done = new CancellationTokenSource();

        var editor = Task.Run(() =>
        {
            try
            {
                for (var i = 0; i < Edits; i++)
                {
                    var target = Deleted[i / 3];
                    var path = Path.Combine(kb, target);
                    var renamed = Path.Combine(kb, "archive", Path.GetFileName(target));
                    switch (i % 3)
                    {
                        case 0: // rewritten in place, as an editor saves
                            File.WriteAllText(path, File.ReadAllText(path) + $"\n第 {i} 次补充：值班同学又看到同样的情况。\n");
                            break;
                        case 1: // moved to another folder (its id is in its front matter, so it stays the same playbook)
                            Directory.CreateDirectory(Path.GetDirectoryName(renamed)!);
                            File.Move(path, renamed);
                            break;
                        default: // deleted; once a refresh has committed that, no search started later may show it
                            File.Delete(renamed);
                            using (var editorView = Open(kb))
                                _ = editorView.Engine;
                            removalIndexed[Path.GetFileNameWithoutExtension(target)] = true;
                            break;
                    }
                    Thread.Sleep(300);
                }
            }
            finally
            {
                done.Cancel();
            }
        });

        var searchers = Enumerable.Range(0, Searchers).Select(n => Task.Run(() =>
        {
            for (var i = n; !done.IsCancellationRequested; i++)
            {
                var gone = removalIndexed.Keys.ToHashSet();
                var query = i % 2 == 0 ? Queries[i / 2 % Queries.Length] : TitleOf(deletedIds[i / 2 % deletedIds.Count]);
                try
                {
                    using var view = Open(kb);
                    var response = view.Search(query, 10);
                    var ids = response.Results.Select(r => r.Id).ToList();
                    if (ids.Distinct().Count() != ids.Count)
                        failures.Enqueue($"search “{query}”: an id twice: {string.Join(",", ids)}");
                    if (response.Results.FirstOrDefault(r => r.Title.Length == 0 || r.Path.Length == 0) is { } torn)
                        failures.Enqueue($"search “{query}”: {torn.Id} without title or file");
                    if (ids.FirstOrDefault(gone.Contains) is { } stale)
                        failures.Enqueue($"search “{query}”: {stale} shown after its deletion was indexed");
                }
                catch (Exception ex)
                {
                    failures.Enqueue($"search “{query}”: {ex.GetType().Name}: {ex.Message}");
                }
                Interlocked.Increment(ref searches);
            }
        })).ToList();

        var client = Task.Run(async () =>
        {
            for (var i = 0; !done.IsCancellationRequested; i++)
            {
                var query = Queries[i % Queries.Length];
                var catalogBefore = server.Live.Catalog;
                try
                {
                    using var response = await server.Client.GetAsync($"/api/search?limit=10&q={Uri.EscapeDataString(query)}");
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        failures.Enqueue($"serve “{query}”: {(int)response.StatusCode}");
                        continue;
                    }
                    using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                    var ids = json.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToList();
                    if (ids.Distinct().Count() != ids.Count)
                        failures.Enqueue($"serve “{query}”: an id twice: {string.Join(",", ids)}");
                    // serve publishes a playbook before the index can return it and drops it only after: never a dead link.
                    // Checked against the catalog as it was when the request left and when the answer came: a reload may
                    // finish in between (a search already under way answers from the index it started with).
                    var catalogAfter = server.Live.Catalog;
                    foreach (var id in ids)
                        if (catalogBefore.Find(id) is null && catalogAfter.Find(id) is null)
                            failures.Enqueue($"serve “{query}”: {id} has no playbook behind it");
                }
                catch (Exception ex)
                {
                    failures.Enqueue($"serve “{query}”: {ex.GetType().Name}: {ex.Message}");
                }
                Interlocked.Increment(ref served);
            }
        });

        await editor;
        await Task.WhenAll([.. searchers, client]);
        TestContext.Current.TestOutputHelper?.WriteLine($"{searches} searches, {served} served during {Edits} edits");
        Assert.Empty(failures);
        Assert.True(searches >= Searchers && served > 0, $"{searches} searches, {served} served");

        // Once the edits stop, serve catches up and answers exactly as the command line does.
        var settled = await Eventually.WithinAsync(Eventually.HangGuard, async () =>
        {
            using var view = Open(kb);
            foreach (var query in Queries.Concat(deletedIds.Select(TitleOf)))
            {
                var cli = view.Search(query, 10).Results.Select(r => r.Id);
                if (!cli.SequenceEqual(await server.SearchIdsAsync(query, 10)))
                    return false;
            }
            return true;
        });
        Assert.NotNull(settled);
        foreach (var id in deletedIds)
            Assert.DoesNotContain(id, await server.SearchIdsAsync(TitleOf(id), 10));
    }

    /// <summary>The knowledge base as a command opens it: the index in its default place, shared with serve.</summary>
    private static KnowledgeBase Open(string folder) => new(new KnowledgeBaseOptions { Folder = folder });

    private static readonly ConcurrentDictionary<string, string> Titles = new();

    /// <summary>A deleted playbook's title, read once from the bundled set (the copy's file may be gone by now).</summary>
    private static string TitleOf(string id) => Titles.GetOrAdd(id, key =>
    {
        var file = Directory.EnumerateFiles(RepositoryPaths.Playbooks, key + ".md", SearchOption.AllDirectories).Single();
        return File.ReadLines(file).First(l => l.StartsWith("title:", StringComparison.Ordinal))["title:".Length..].Trim();
    });
}
