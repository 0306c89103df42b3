using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Playbooks.Cli;
using Playbooks.Server.Tests.Support;

namespace Playbooks.Server.Tests.Cli;

public sealed class ServeCommandTests
{
    [Fact]
    public async Task Explains_a_port_in_use_and_exits_1()
    {
        using var blocker = new TcpListener(IPAddress.Loopback, 0);
        blocker.Start();
        var port = ((IPEndPoint)blocker.LocalEndpoint).Port;
        var (exit, error) = await ServeAsync($"http://127.0.0.1:{port}");

        Assert.Equal(CliApp.ExitUserError, exit);
        Assert.Equal(
            $"错误：端口已被占用，无法监听 http://127.0.0.1:{port}\n" +
            $"  位置：http://127.0.0.1:{port}\n" +
            "  解决：关掉占用这个端口的程序，或换一个端口，例如：playbooks serve --urls http://127.0.0.1:5081\n",
            error);
    }

    [Fact]
    public async Task An_address_without_a_scheme_is_a_usage_error_with_an_example()
    {
        var (exit, error) = await ServeAsync("127.0.0.1:5988");

        Assert.Equal(CliApp.ExitUsage, exit);
        Assert.Equal(
            "用法错误：--urls 的值“127.0.0.1:5988”不是有效的监听地址：要写成 协议://主机:端口\n" +
            "  解决：例如 --urls http://127.0.0.1:5988（多个地址用 ; 分隔）\n",
            error);
    }

    [Fact]
    public async Task A_port_in_use_prints_only_the_chinese_explanation_from_the_real_process()
    {
        using var blocker = new TcpListener(IPAddress.Loopback, 0);
        blocker.Start();
        var port = ((IPEndPoint)blocker.LocalEndpoint).Port;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["PLAYBOOKS_INDEX"] = Path.Combine(Path.GetTempPath(), $"playbooks-serve-{Guid.NewGuid():N}.sqlite"), ["NO_COLOR"] = "1" },
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "playbooks.dll"), "serve", "--urls", $"http://127.0.0.1:{port}", "--playbooks", RepositoryPaths.Playbooks })
            start.ArgumentList.Add(arg);

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(CliApp.ExitUserError, process.ExitCode);
        Assert.Equal("", await output);
        Assert.StartsWith($"错误：端口已被占用，无法监听 http://127.0.0.1:{port}\n", (await error).Replace("\r\n", "\n"));
        Assert.Equal(3, (await error).TrimEnd().Split('\n').Length);
    }

    /// <summary>Runs <c>serve --urls</c> in-process; returns the exit code and what went to standard error.</summary>
    private static async Task<(int Exit, string Error)> ServeAsync(string urls)
    {
        var error = new StringWriter { NewLine = "\n" };
        var exit = await CliApp.RunAsync(["serve", "--urls", urls, "--playbooks", RepositoryPaths.Playbooks], new CliEnvironment
        {
            Out = new StringWriter(),
            Error = error,
            In = new StringReader(""),
            GetVariable = _ => null,
            CurrentDirectory = RepositoryPaths.Root,
        });
        return (exit, error.ToString());
    }
}
