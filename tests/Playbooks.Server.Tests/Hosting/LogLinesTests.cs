using Playbooks.Search.Indexing;
using Playbooks.Server.Hosting;

namespace Playbooks.Server.Tests.Hosting;

public sealed class LogLinesTests
{
    [Fact]
    public void A_request_line_shows_the_query_as_typed_with_its_status_and_time()
    {
        var line = LogLines.Request("GET", "/api/search?q=" + Uri.EscapeDataString("直播 没声了") + "&limit=5", 200, TimeSpan.FromMilliseconds(3.24));

        Assert.Equal("GET /api/search?q=直播 没声了&limit=5 → 200 成功（3.2 毫秒）", line);
    }

    [Fact]
    public void A_refused_request_says_why_in_Chinese()
    {
        Assert.Equal("GET /playbooks/nope → 404 未找到（12 毫秒）", LogLines.Request("GET", "/playbooks/nope", 404, TimeSpan.FromMilliseconds(12.4)));
        Assert.Equal("GET / → 400 请求有误（0.5 毫秒）", LogLines.Request("GET", "/", 400, TimeSpan.FromMilliseconds(0.5)));
    }

    [Fact]
    public void A_terminal_escape_in_the_address_is_shown_not_sent_to_the_console()
    {
        var line = LogLines.Request("GET", "/?q=%1B%5B2J%0Aforged", 200, TimeSpan.FromMilliseconds(1));

        Assert.DoesNotContain('\u001b', line);
        Assert.DoesNotContain('\n', line);
        Assert.Contains("\\u001b[2J\\nforged", line);
    }

    [Fact]
    public void A_reload_line_counts_what_changed()
    {
        var report = new RefreshReport(Added: 1, Updated: 2, Removed: 0, Unchanged: 27, Rebuilt: false, Notices: [], Skipped: []);

        Assert.Equal("已重新加载：新增 1、修改 2、删除 0，共 30 份预案（35 毫秒）", LogLines.Reload(report, 30, TimeSpan.FromMilliseconds(35)));
    }
}
