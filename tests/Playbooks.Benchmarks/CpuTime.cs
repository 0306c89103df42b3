using System.Runtime.InteropServices;

namespace Playbooks.Benchmarks;

/// <summary>
/// CPU time (user + system) from getrusage(2), in milliseconds with microsecond resolution; null off Linux.
/// </summary>
/// <remarks>
/// This machine is shared with other work and has two cores, so wall times swing with the load average. CPU time
/// of single-threaded work is what its wall time would be on an idle machine, which makes figures from different
/// moments comparable; the modes print both.
/// </remarks>
internal static class CpuTime
{
    private const int Self = 0;
    private const int Children = -1;
    private const int Thread = 1;

    /// <summary>This process, all threads.</summary>
    public static double? Process() => Read(Self);

    /// <summary>The calling thread only.</summary>
    public static double? CurrentThread() => Read(Thread);

    /// <summary>Terminated child processes that have been waited for (so: after Process.WaitForExit).</summary>
    public static double? ExitedChildren() => Read(Children);

    private static double? Read(int who)
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture is not (Architecture.X64 or Architecture.Arm64))
            return null;
        return getrusage(who, out var usage) == 0
            ? (usage.UserSeconds + usage.SystemSeconds) * 1000.0 + (usage.UserMicroseconds + usage.SystemMicroseconds) / 1000.0
            : null;
    }

    // struct rusage on 64-bit Linux: two struct timeval (long seconds, long microseconds), then 14 longs.
    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        private Rest _rest;
    }

    [System.Runtime.CompilerServices.InlineArray(14)]
    private struct Rest
    {
        private long _element;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int getrusage(int who, out RUsage usage);
}
