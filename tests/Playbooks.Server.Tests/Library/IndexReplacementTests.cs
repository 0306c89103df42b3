using Playbooks.Search;
using Playbooks.Search.Storage;
using Playbooks.Server.Tests.Support;
using Playbooks.Tests.Shared;

namespace Playbooks.Server.Tests.Library;

/// <summary>
/// Another process (a <c>playbooks search</c> that found the index corrupt, or a newer tool after a schema change)
/// rebuilds the index and moves the new file into place while <c>serve</c> runs: the server must read the new file.
/// </summary>
public sealed class IndexReplacementTests
{
    [Fact]
    public async Task A_server_reads_an_index_file_another_process_put_in_place_of_its_own()
    {
        var cancel = TestContext.Current.CancellationToken;
        // The other process's index: built, before the server starts, from a copy where bot-flood gained a word no
        // playbook holds. (Built first because closing an index in this process empties every connection pool in it,
        // which would hide the server's stale connections; another process cannot do that.)
        var other = Path.Combine(Path.GetTempPath(), "playbooks-server-tests", Guid.NewGuid().ToString("N"));
        var otherKnowledgeBase = Path.Combine(other, "playbooks");
        FolderCopy.Copy(RepositoryPaths.Playbooks, otherKnowledgeBase);
        var botFlood = Path.Combine(otherKnowledgeBase, "community", "bot-flood.md");
        await File.WriteAllTextAsync(botFlood, (await File.ReadAllTextAsync(botFlood, cancel)).Replace("## 背景\n", "## 背景\n\n暗号是蓝鲸七号。\n"), cancel);
        var rebuilt = Path.Combine(other, "rebuilt.sqlite");
        using (SearchEngine.Open(otherKnowledgeBase, rebuilt)) { }

        try
        {
            // Live reload off: only the replaced file can bring the new word.
            await using var server = await TestServer.StartAsync(liveReload: false);
            Assert.NotEqual("bot-flood", (await server.SearchIdsAsync("蓝鲸七号")).FirstOrDefault());

            IndexFile.Publish(rebuilt, server.Live.Engine.IndexPath, replace: () => true);

            var seen = await Eventually.WithinAsync(Eventually.HangGuard,
                async () => (await server.SearchIdsAsync("蓝鲸七号")).FirstOrDefault() == "bot-flood");
            Assert.NotNull(seen);
        }
        finally
        {
            Directory.Delete(other, recursive: true);
        }
    }
}
