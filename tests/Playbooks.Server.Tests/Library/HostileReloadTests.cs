using Playbooks.Server.Tests.Support;
using Playbooks.Tests.Shared;

namespace Playbooks.Server.Tests.Library;

/// <summary>
/// Issue #14, D1/D4 for <c>serve</c>: a file that breaks naive parsing, or a pipe, must not stall the reload or leave
/// the server degraded; later edits are still picked up. Reloaded by hand: this is about the reload path, not timing.
/// </summary>
public sealed class HostileReloadTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_deeply_nested_file_is_skipped_and_later_edits_are_still_followed()
    {
        await using var server = await TestServer.StartAsync(liveReload: false);
        var deep = TestPlaybooks.Markdown("deep-nesting", "嵌套很深的预案", "中") + "\n\n" + string.Concat(Enumerable.Repeat("- ", 100)) + "x\n";
        await File.WriteAllTextAsync(Path.Combine(server.KnowledgeBase, "community", "deep-nesting.md"), deep, TestContext.Current.CancellationToken);

        await Reload(server);
        var skipped = server.Live.Skipped;
        await File.WriteAllTextAsync(Path.Combine(server.KnowledgeBase, "community", "kite-tangle.md"),
            TestPlaybooks.Markdown("kite-tangle", "风筝线缠住了直播间的麦克风", "中"), TestContext.Current.CancellationToken);
        await Reload(server);

        Assert.Contains(skipped, s => s.Path.EndsWith("community/deep-nesting.md", StringComparison.Ordinal));
        Assert.Null(server.Live.LastError);
        Assert.Equal("kite-tangle", (await server.SearchIdsAsync("风筝线缠住麦克风")).FirstOrDefault());
    }

    [Fact]
    public async Task A_named_pipe_does_not_hang_the_reload()
    {
        await using var server = await TestServer.StartAsync(liveReload: false);
        var pipe = Path.Combine(server.KnowledgeBase, "community", "pipe.md");
        Assert.SkipUnless(NamedPipes.TryCreate(pipe), "mkfifo is not available here");

        await Reload(server);

        Assert.Null(server.Live.LastError);
        Assert.Contains(server.Live.Skipped, s => s.Path.EndsWith("community/pipe.md", StringComparison.Ordinal));
    }

    /// <summary>Off the test thread, so a hang fails after <see cref="HangGuard"/> instead of blocking the run.</summary>
    private static Task Reload(TestServer server) => Task.Run(server.Live.Reload).WaitAsync(HangGuard);
}
