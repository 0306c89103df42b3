using System.Diagnostics;

namespace Playbooks.Tests.Shared;

/// <summary>
/// Creates named pipes (FIFOs) for the hostile-input tests of several test projects (linked into each, as they do
/// not reference one another). Uses the <c>mkfifo</c> program: .NET has no API for it.
/// </summary>
internal static class NamedPipes
{
    /// <returns>False when <c>mkfifo</c> is not available (Windows) or failed; the caller skips its test.</returns>
    public static bool TryCreate(string path)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
