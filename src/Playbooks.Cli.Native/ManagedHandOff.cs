using System.Runtime.InteropServices;
using Playbooks.Cli.Output;
using Playbooks.Core;

namespace Playbooks.Cli.Native;

/// <summary>
/// Runs a command line the front door does not run itself with the managed build (<c>playbooks.dll</c> beside this
/// executable) under the <c>dotnet</c> host, by <c>execv</c>: the host replaces this process, so it keeps the pid, the
/// terminal's process group (Ctrl+C reaches it as it reaches any program), stdin/stdout/stderr and the environment,
/// and its exit code is the user's. Nothing is written or started before the hand-off. Linux and macOS only, like
/// the native build itself (<c>Playbooks.Cli.Native.csproj</c>).
/// </summary>
internal static partial class ManagedHandOff
{
    public const string ManagedEntry = "playbooks.dll";

    /// <summary>Replaces this process; returns only when that fails (1, after saying why on stderr).</summary>
    public static int Exec(string[] args)
    {
        var managed = Path.Combine(AppContext.BaseDirectory, ManagedEntry);
        if (!File.Exists(managed))
            return Fail(new PlaybooksException($"找不到 playbooks 的托管部分 {ManagedEntry}", "重新安装：dotnet tool update --global Playbooks.Cli", managed, ErrorKind.MissingFile));
        if (DotnetHost.Find() is not { } dotnet)
            return Fail(new PlaybooksException("找不到 .NET 运行时（dotnet），除 search、show、analyze、list、lint 以外的命令需要它",
                "安装 .NET 10 运行时，并把 dotnet 所在目录加入 PATH（或设置 DOTNET_ROOT）", null, ErrorKind.MissingFile));

        execv(dotnet, [dotnet, managed, .. args, null]);
        var error = Marshal.GetLastPInvokeErrorMessage();
        return Fail(new PlaybooksException($"无法启动 {dotnet}：{error}", "检查该文件能否执行，或重新安装 .NET 10 运行时", dotnet, ErrorKind.MissingFile));
    }

    private static int Fail(PlaybooksException problem)
    {
        ErrorView.WriteExpected(CliEnvironment.FromProcess(), problem);
        return problem.Kind.ExitCode;
    }

    // argv ends with a null entry, as execv requires; the strings are marshalled as UTF-8 (paths and Chinese words).
    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int execv(string path, string?[] argv);
}
