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
        var options = new ServerOptions { KnowledgeBase = server.KnowledgeBase, ReloadDebounce = TimeSpan.FromMilliseconds(50) };
        using var watcher = new KnowledgeBaseWatcher(server.Live, options, log.For<KnowledgeBaseWatcher>());
        var cancel = TestContext.Current.CancellationToken;
        await watcher.StartAsync(cancel);
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
}
