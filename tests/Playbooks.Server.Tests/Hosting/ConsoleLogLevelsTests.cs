using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Playbooks.Server.Hosting;
using Playbooks.Server.Tests.Support;

namespace Playbooks.Server.Tests.Hosting;

/// <summary>What reaches the console of a started <c>playbooks serve</c>: the server's own lines, and only the framework's warnings.</summary>
public sealed class ConsoleLogLevelsTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private ILoggerFactory Loggers => fixture.Server.Services.GetRequiredService<ILoggerFactory>();

    [Fact]
    public void The_servers_request_and_reload_lines_are_written()
    {
        Assert.True(Loggers.CreateLogger(RequestLog.Category).IsEnabled(LogLevel.Information));
        Assert.True(Loggers.CreateLogger("Playbooks.Server.Library.KnowledgeBaseWatcher").IsEnabled(LogLevel.Information));
    }

    [Theory]
    [InlineData("Microsoft.AspNetCore.Hosting.Diagnostics")] // "Request starting HTTP/1.1 GET …"
    [InlineData("Microsoft.AspNetCore.Routing.EndpointMiddleware")]
    [InlineData("Microsoft.Hosting.Lifetime")] // "Application started. Press Ctrl+C to shut down."
    [InlineData("Microsoft.AspNetCore.Components.RenderTree.Renderer")]
    public void The_frameworks_English_lines_below_warning_are_not(string category)
    {
        var logger = Loggers.CreateLogger(category);

        Assert.False(logger.IsEnabled(LogLevel.Information));
        Assert.False(logger.IsEnabled(LogLevel.Debug));
        Assert.True(logger.IsEnabled(LogLevel.Warning));
    }
}
