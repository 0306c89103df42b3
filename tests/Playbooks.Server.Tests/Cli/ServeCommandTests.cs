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
        var error = new StringWriter { NewLine = "\n" };

        var exit = await CliApp.RunAsync(["serve", "--urls", $"http://127.0.0.1:{port}", "--playbooks", RepositoryPaths.Playbooks], new CliEnvironment
        {
            Out = new StringWriter(),
            Error = error,
            In = new StringReader(""),
            GetVariable = _ => null,
            CurrentDirectory = RepositoryPaths.Root,
        });

        Assert.Equal(CliApp.ExitUserError, exit);
        Assert.Equal(
            $"错误：端口已被占用，无法监听 http://127.0.0.1:{port}\n" +
            $"  位置：http://127.0.0.1:{port}\n" +
            "  解决：关掉占用这个端口的程序，或换一个端口，例如：playbooks serve --urls http://127.0.0.1:5081\n",
            error.ToString());
    }
}
