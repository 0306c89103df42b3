using System.Diagnostics;

namespace Playbooks.Cli.Tests.Support;

/// <summary>Runs a system program (<c>mount</c>, <c>umount</c>) for tests that build a real hostile file system.</summary>
internal static class SystemCommand
{
    /// <summary>Whether <paramref name="program"/> ran and exited 0; false where it is missing or not allowed.</summary>
    public static bool Succeeds(string program, params string[] args)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
