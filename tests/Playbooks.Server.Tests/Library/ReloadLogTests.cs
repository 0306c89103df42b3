using Microsoft.Extensions.Logging;
using Playbooks.Server.Library;
using Playbooks.Server.Tests.Support;

namespace Playbooks.Server.Tests.Library;

public sealed class ReloadLogTests
{
    [Fact]
    public async Task A_reload_logs_one_line_and_a_broken_saved_file_a_warning()
    {
        await using var server = await TestServer.StartAsync(liveReload: false);
        var log = new CapturedLog();
        var cancel = TestContext.Current.CancellationToken;
        using var watcher = await WatchAsync(server, log);
        try
        {
            // Saved empty: the editor crashed, or the author cleared it by mistake.
            await File.WriteAllTextAsync(Path.Combine(server.KnowledgeBase, "community", "half-saved.md"), "", cancel);
            var logged = await Eventually.WithinAsync(Eventually.HangGuard,
                () => Task.FromResult(log.Entries.Any(e => e.Level == LogLevel.Warning && e.Message.Contains("half-saved.md"))));

            Assert.NotNull(logged);
            // Editors save in steps; however many reloads they caused, each said one line.
            var reloads = log.Entries.Where(e => e.Level == LogLevel.Information).Select(e => e.Message).ToList();
            Assert.NotEmpty(reloads);
            Assert.All(reloads, line => Assert.Matches(@"^已重新加载：新增 0、修改 0、删除 0，共 \d+ 份预案（[\d.]+ 毫秒）$", line));
            var warning = log.Entries.First(e => e.Level == LogLevel.Warning).Message;
            Assert.StartsWith("警告：已跳过", warning);
            Assert.EndsWith("运行 `playbooks lint` 查看问题", warning);
        }
        finally
        {
            await watcher.StopAsync(cancel);
        }
    }

    [Fact]
    public async Task A_broken_file_is_warned_about_again_only_when_saved_again_and_its_fix_is_noted()
    {
        await using var server = await TestServer.StartAsync(liveReload: false);
        var log = new CapturedLog();
        var cancel = TestContext.Current.CancellationToken;
        using var watcher = await WatchAsync(server, log);
        var broken = Path.Combine(server.KnowledgeBase, "community", "half-saved.md");
        var other = Path.Combine(server.KnowledgeBase, "community", "other-edit.md");
        int Warnings() => log.Entries.Count(e => e.Level == LogLevel.Warning && e.Message.Contains("half-saved.md"));
        async Task WaitFor(Func<bool> condition, string what) =>
            Assert.True(await Eventually.WithinAsync(Eventually.HangGuard, () => Task.FromResult(condition())) is not null, what);
        const string Unterminated = "---\nid: half-saved\ntitle: 写到一半的预案\n";
        try
        {
            await File.WriteAllTextAsync(broken, Unterminated, cancel);
            await WaitFor(() => Warnings() == 1, "the first warning");

            // Other files saved: the broken one did not change, so its warning is not repeated.
            foreach (var save in new[] { "第一次", "第二次" })
            {
                await File.WriteAllTextAsync(other, TestPlaybooks.Markdown("other-edit", $"{save}保存的测试预案"), cancel);
                await WaitFor(() => server.Live.Catalog.Playbooks.Any(p => p.Title.StartsWith(save, StringComparison.Ordinal)), $"the {save} save loaded");
            }
            Assert.Equal(1, Warnings());

            // Saved again and still broken: the author expected this save to fix it, so it is reported again.
            await File.WriteAllTextAsync(broken, Unterminated, cancel);
            await WaitFor(() => Warnings() == 2, "the warning after saving the broken file again");

            await File.WriteAllTextAsync(broken, TestPlaybooks.Markdown("half-saved", "保存完整的测试预案"), cancel);
            await WaitFor(() => log.Entries.Any(e => e.Level == LogLevel.Information && e.Message.StartsWith("已修复：") && e.Message.Contains("half-saved.md")),
                "the fixed note");
            // Counted once the fix is noted, after every earlier reload has said all it had to.
            Assert.Equal(2, Warnings());
        }
        finally
        {
            await watcher.StopAsync(cancel);
        }
    }

    [Fact]
    public async Task Reload_warnings_name_the_file_under_the_folder_as_the_user_typed_it_like_the_startup_warnings()
    {
        await using var server = await TestServer.StartAsync(liveReload: false);
        var log = new CapturedLog();
        var cancel = TestContext.Current.CancellationToken;
        using var watcher = await WatchAsync(server, log, typedAs: "团队预案/");
        var broken = Path.Combine(server.KnowledgeBase, "community", "half-saved.md");
        string? Warning() => log.Entries.Where(e => e.Level == LogLevel.Warning && e.Message.Contains("half-saved.md")).Select(e => e.Message).FirstOrDefault();
        try
        {
            await File.WriteAllTextAsync(broken, "---\nid: half-saved\ntitle: 写到一半的预案\n", cancel);
            Assert.True(await Eventually.WithinAsync(Eventually.HangGuard, () => Task.FromResult(Warning() is not null)) is not null, "the warning");

            Assert.Contains("团队预案/community/half-saved.md", Warning());
            Assert.DoesNotContain(server.KnowledgeBase, Warning());
        }
        finally
        {
            await watcher.StopAsync(cancel);
        }
    }

    /// <summary>The server's reload loop, logging into <paramref name="log"/>, with a short debounce; the caller stops it.</summary>
    private static async Task<KnowledgeBaseWatcher> WatchAsync(TestServer server, CapturedLog log, string? typedAs = null)
    {
        var options = new ServerOptions { KnowledgeBase = typedAs ?? server.KnowledgeBase, ReloadDebounce = TimeSpan.FromMilliseconds(50) };
        var watcher = new KnowledgeBaseWatcher(server.Live, options, log.For<KnowledgeBaseWatcher>());
        await watcher.StartAsync(TestContext.Current.CancellationToken);
        return watcher;
    }
}
