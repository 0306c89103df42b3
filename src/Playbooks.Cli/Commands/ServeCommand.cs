using System.CommandLine;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Playbooks.Cli.Help;
using Playbooks.Core;
using Playbooks.Server;
using Playbooks.Server.Hosting;
using Playbooks.Server.Library;

namespace Playbooks.Cli.Commands;

/// <summary><c>playbooks serve [--urls URL]</c>: the local web server (search page, API, live reload) until Ctrl+C.</summary>
internal static class ServeCommand
{
    public static Command Create(CliEnvironment env)
    {
        var urls = new Option<string>("--urls")
        {
            Description = $"监听地址（默认：{ServerOptions.DefaultUrls}，只对本机开放）",
            HelpName = "URL",
            DefaultValueFactory = _ => ServerOptions.DefaultUrls,
        };
        var allowedHosts = new Option<string?>("--allowed-hosts")
        {
            Description = "除 localhost、127.0.0.1、[::1] 和 --urls 里的主机名外，还接受哪些主机名的请求（逗号分隔；* 表示全部接受）",
            HelpName = "a,b",
        };
        var command = new Command("serve", "启动本地网页服务：检索页面、JSON 接口，预案文件保存后自动生效") { urls, allowedHosts };
        command.WithExamples(
            new HelpExample("playbooks serve"),
            new HelpExample("playbooks serve --urls http://127.0.0.1:5081", "换一个端口"));
        command.SetAction(async (parse, cancellation) =>
        {
            var address = parse.GetValue(urls)!;
            var listening = ServerUrls.Parse(address);
            await using var app = PlaybooksServer.Build(new ServerOptions
            {
                KnowledgeBase = CliOptions.ResolveKnowledgeBase(parse, env),
                CurrentDirectory = env.CurrentDirectory,
                IndexPath = KnowledgeBaseSession.IndexPath(env),
                Urls = address,
                AllowedHosts = (parse.GetValue(allowedHosts) ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
                Clock = env.Clock,
            });
            try
            {
                await app.StartAsync(cancellation);
            }
            catch (IOException ex) when (ex.InnerException is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse } || ex.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                throw new PlaybooksException($"端口已被占用，无法监听 {address}",
                    "关掉占用这个端口的程序，或换一个端口，例如：playbooks serve --urls http://127.0.0.1:5081", address, ErrorKind.PortInUse);
            }
            env.Out.WriteLine($"预案库服务已启动：{string.Join("、", app.Urls)}");
            // What the first refresh had to say (an in-memory index on a full disk, skipped files, metadata problems).
            var live = app.Services.GetRequiredService<LiveKnowledgeBase>();
            EngineSession.Report(env, live.Engine.LastRefresh, live.Root, CliOptions.ResolveKnowledgeBase(parse, env));
            if (listening.ListensOnAllInterfaces)
                env.Error.WriteLine("警告：正在监听所有网络接口，同一网络里的任何人都能打开这个服务（没有登录验证）。" +
                    "只在本机使用请改用 --urls http://127.0.0.1:5080；确实要给别人用时，用 --allowed-hosts 写上他们访问时用的主机名或 IP");
            env.Out.WriteLine("在浏览器里打开上面的地址即可检索；预案文件保存后自动生效。按 Ctrl+C 停止。");
            await app.WaitForShutdownAsync(cancellation);
            return CliApp.ExitOk;
        });
        return command;
    }
}
