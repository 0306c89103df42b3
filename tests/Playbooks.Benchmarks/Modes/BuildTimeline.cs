using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Playbooks.Search.Indexing;

namespace Playbooks.Benchmarks.Modes;

/// <summary>
/// <c>index-phases --timeline</c>: a wall-clock timeline of one build, sampled every <see cref="Slot"/> on a thread of
/// its own: the stage the build last reported (<see cref="IndexProgress"/>), how many cores the process kept busy
/// (process CPU over wall time), how busy the thread that runs the build was (it is also the index's one writing
/// thread), and how long every thread stood still for the garbage collector. A slot where the process is near 1 core
/// and the build thread near 1 is serial work; a slot with a large GC share is the collector's.
/// </summary>
internal sealed class BuildTimeline : IProgress<IndexProgress>, IDisposable
{
    private static readonly TimeSpan Slot = TimeSpan.FromMilliseconds(100);

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly string _buildThreadStat = $"/proc/self/task/{gettid()}/schedstat";
    private readonly List<Sample> _samples = [];
    private readonly Thread _sampler;
    private volatile bool _stopped;
    private volatile int _stage = -1;

    private readonly record struct Sample(double AtMs, int Stage, double ProcessCpuMs, double BuildThreadCpuMs, double GcPauseMs);

    /// <summary>Starts sampling; call on the thread that runs the build.</summary>
    public BuildTimeline()
    {
        _samples.Add(Take());
        _sampler = new Thread(() =>
        {
            while (!_stopped)
            {
                Thread.Sleep(Slot);
                lock (_samples)
                    _samples.Add(Take());
            }
        }) { IsBackground = true, Name = "timeline sampler" };
        _sampler.Start();
    }

    public void Report(IndexProgress value) => _stage = (int)value.Stage;

    private Sample Take() => new(_clock.Elapsed.TotalMilliseconds, _stage, CpuTime.Process() ?? 0, BuildThreadCpu(),
        GC.GetTotalPauseDuration().TotalMilliseconds);

    /// <summary>The build thread's time on a CPU (schedstat's first field, nanoseconds), read from any thread.</summary>
    private double BuildThreadCpu()
    {
        try
        {
            var text = File.ReadAllText(_buildThreadStat);
            return long.Parse(text.AsSpan(0, text.IndexOf(' ')), CultureInfo.InvariantCulture) / 1e6;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>Stops sampling and prints one line per slot, then one per stage.</summary>
    public void Print(TextWriter output)
    {
        Stop();
        List<Sample> samples;
        lock (_samples)
            samples = [.. _samples];
        output.WriteLine();
        output.WriteLine($"| timeline of the last build: ms from start | stage | cores busy (process) | build thread busy | GC pause share |");
        output.WriteLine("|---:|---|---:|---:|---:|");
        for (var i = 1; i < samples.Count; i++)
        {
            var (a, b) = (samples[i - 1], samples[i]);
            var wall = b.AtMs - a.AtMs;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {a.AtMs:F0} | {StageName(b.Stage)} | {(b.ProcessCpuMs - a.ProcessCpuMs) / wall:F2} | {(b.BuildThreadCpuMs - a.BuildThreadCpuMs) / wall:F2} | {(b.GcPauseMs - a.GcPauseMs) / wall:P0} |"));
        }
        output.WriteLine();
        output.WriteLine("| stage (as last reported in the slot) | from ms | wall ms | process CPU ms | build thread CPU ms | cores busy | GC pause ms |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var stage in samples.Skip(1).Select((s, i) => (Sample: s, Previous: samples[i])).GroupBy(p => p.Sample.Stage))
        {
            var wall = stage.Sum(p => p.Sample.AtMs - p.Previous.AtMs);
            var cpu = stage.Sum(p => p.Sample.ProcessCpuMs - p.Previous.ProcessCpuMs);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {StageName(stage.Key)} | {stage.First().Previous.AtMs:F0} | {wall:F0} | {cpu:F0} | {stage.Sum(p => p.Sample.BuildThreadCpuMs - p.Previous.BuildThreadCpuMs):F0} | {cpu / wall:F2} | {stage.Sum(p => p.Sample.GcPauseMs - p.Previous.GcPauseMs):F0} |"));
        }
    }

    private static string StageName(int stage) => stage < 0 ? "opening" : ((IndexStage)stage).ToString();

    private void Stop()
    {
        if (_stopped)
            return;
        _stopped = true;
        _sampler.Join();
        lock (_samples)
            _samples.Add(Take());
    }

    public void Dispose() => Stop();

    [DllImport("libc")]
    private static extern int gettid();
}
