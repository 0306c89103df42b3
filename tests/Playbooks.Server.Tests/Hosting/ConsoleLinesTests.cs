using Microsoft.Extensions.Logging;
using Playbooks.Server.Hosting;

namespace Playbooks.Server.Tests.Hosting;

public sealed class ConsoleLinesTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 6, 9, 5, 7, TimeSpan.FromHours(8));

    [Fact]
    public void An_information_line_is_the_time_and_the_message_only()
    {
        Assert.Equal("09:05:07 GET / → 200 成功（1.0 毫秒）", ConsoleLines.Format(LogLevel.Information, "GET / → 200 成功（1.0 毫秒）", null, At));
    }

    [Fact]
    public void Problems_are_marked_once_in_Chinese()
    {
        Assert.Equal("09:05:07 警告：重新加载预案库失败：x", ConsoleLines.Format(LogLevel.Warning, "重新加载预案库失败：x", null, At));
        // The skip warnings the CLI prints already start with 警告：, and keep a single one.
        Assert.Equal("09:05:07 警告：已跳过 a.md", ConsoleLines.Format(LogLevel.Warning, "警告：已跳过 a.md", null, At));
        Assert.Equal("09:05:07 错误：GET / → 500 服务内部错误（1 毫秒）", ConsoleLines.Format(LogLevel.Error, "GET / → 500 服务内部错误（1 毫秒）", null, At));
    }
}
