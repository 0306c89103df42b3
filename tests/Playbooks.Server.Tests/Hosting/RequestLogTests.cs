using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Playbooks.Server.Hosting;
using Playbooks.Server.Tests.Support;

namespace Playbooks.Server.Tests.Hosting;

public sealed class RequestLogTests
{
    [Fact]
    public async Task Logs_one_Chinese_line_per_request_and_none_for_assets()
    {
        var log = new CapturedLog();
        using var server = new InMemoryServer().WithWebHostBuilder(web =>
            web.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(log)));
        using var client = server.CreateClient();
        var cancel = TestContext.Current.CancellationToken;

        await client.GetAsync("/api/search?q=" + Uri.EscapeDataString("直播没声"), cancel);
        await client.GetAsync("/playbooks/no-such-playbook", cancel);
        await client.GetAsync("/assets/site.css", cancel);

        var lines = log.Entries.Where(e => e.Category == RequestLog.Category).Select(e => e.Message).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Matches(@"^GET /api/search\?q=直播没声 → 200 成功（[\d.]+ 毫秒）$", lines[0]);
        Assert.Matches(@"^GET /playbooks/no-such-playbook → 404 未找到（[\d.]+ 毫秒）$", lines[1]);
    }
}
