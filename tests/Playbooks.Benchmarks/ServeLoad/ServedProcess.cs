using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Playbooks.Benchmarks.ServeLoad;

/// <summary>
/// <c>playbooks serve</c> as its own process on 127.0.0.1 (a free port), with its console lines going to a file as
/// they would to a terminal or a service log. Its CPU time is read from <c>/proc</c>, so the server's cost per request
/// is measured apart from the load generator's. Disposing stops it (SIGTERM through <c>kill</c>, then a hard kill).
/// </summary>
internal sealed class ServedProcess : IDisposable
{
    private static readonly double TicksPerSecond = ClockTicks();

    private readonly Process _process;

    public Uri BaseAddress { get; }

    /// <summary>Where the server's console lines go.</summary>
    public string LogPath { get; }

    private ServedProcess(Process process, Uri baseAddress, string logPath)
    {
        _process = process;
        BaseAddress = baseAddress;
        LogPath = logPath;
    }

    /// <summary>Starts <paramref name="cli"/> (a <c>playbooks.dll</c> or an executable) and waits until <c>/healthz</c> answers.</summary>
    /// <exception cref="InvalidOperationException">The server exited or did not answer within a minute.</exception>
    public static async Task<ServedProcess> StartAsync(string cli, string knowledgeBase, string logPath, IReadOnlyDictionary<string, string> environment)
    {
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        // Through sh so the console lines go straight to a file: reading them through a pipe would put a reader in
        // this process, on the same two cores as the server and the load generator.
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("log=\"$1\"; shift; exec \"$@\" >\"$log\" 2>&1");
        start.ArgumentList.Add("sh");
        start.ArgumentList.Add(logPath);
        if (cli.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            start.ArgumentList.Add("dotnet");
        foreach (var arg in new[] { cli, "serve", "--playbooks", knowledgeBase, "--urls", url })
            start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment)
            start.Environment[name] = value;

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {cli}.");
        var served = new ServedProcess(process, new Uri(url), logPath);
        using var client = new HttpClient { BaseAddress = served.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(1))
        {
            if (process.HasExited)
                break;
            try
            {
                if ((await client.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK)
                    return served;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(200);
        }
        served.Dispose();
        throw new InvalidOperationException($"The server did not start within a minute; its output ({logPath}):\n{File.ReadAllText(logPath)}");
    }

    /// <summary>User + system CPU time of the server process, all threads, in milliseconds (from /proc; clock-tick resolution).</summary>
    public double CpuMilliseconds()
    {
        // /proc/<pid>/stat: the command name (field 2) is in parentheses and may hold spaces; utime and stime are
        // fields 14 and 15, the 12th and 13th after the closing parenthesis.
        var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return ticks * 1000.0 / TicksPerSecond;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
                kill.WaitForExit();
            if (!_process.WaitForExit(TimeSpan.FromSeconds(10)))
                _process.Kill(entireProcessTree: true);
        }
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // USER_HZ is 100 on every Linux build we run on; getconf says so when it is there.
    private static double ClockTicks()
    {
        try
        {
            using var getconf = Process.Start(new ProcessStartInfo("getconf", "CLK_TCK") { RedirectStandardOutput = true })!;
            var text = getconf.StandardOutput.ReadToEnd().Trim();
            getconf.WaitForExit();
            return double.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var hz) && hz > 0 ? hz : 100;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return 100;
        }
    }
}
