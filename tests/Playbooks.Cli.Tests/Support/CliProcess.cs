using System.Diagnostics;

namespace Playbooks.Cli.Tests.Support;

/// <summary>The CLI as built beside the tests (the test project references it), run as a real process.</summary>
internal static class CliProcess
{
    public sealed record Result(int ExitCode, string Out, string Error);

    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "playbooks.dll");

    /// <summary>How to start <c>playbooks</c> with <paramref name="arguments"/>; set its environment before <see cref="RunAsync"/>.</summary>
    public static ProcessStartInfo StartInfo(params IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Dll);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        return start;
    }

    /// <summary>Runs the process to its end; killed after <paramref name="timeout"/> (exit code -1, the timeout as its error).</summary>
    public static async Task<Result> RunAsync(ProcessStartInfo start, TimeSpan timeout)
    {
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var stop = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(stop.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return new Result(-1, "", $"timed out after {timeout}");
        }
        return new Result(process.ExitCode, await output, await error);
    }
}
