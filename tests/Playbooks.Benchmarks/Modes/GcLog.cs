using System.Diagnostics.Tracing;
using System.Globalization;

namespace Playbooks.Benchmarks.Modes;

/// <summary>
/// <c>index-phases --gc-log</c>: every collection of the last build, from the runtime's own GC events: its generation
/// and reason, how long threads stood still (suspension to restart), and what survived it (bytes promoted out of each
/// generation it collected, and the size of generation 2 after it). A workstation collector's pause grows with what it
/// marks and copies, so this says which collections cost and how much the build keeps alive when they run.
/// </summary>
internal sealed class GcLog : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly List<Collection> _collections = [];
    private readonly Lock _gate = new();
    private DateTime _started = DateTime.UtcNow;
    private DateTime _suspended;
    private volatile bool _recording;

    private sealed class Collection
    {
        public double AtMs;
        public int Generation;
        public string Reason = "";
        public double PauseMs;
        public double PromotedMb;
        public double Gen2Mb;
        public double LohMb;
    }

    public void Start()
    {
        lock (_gate)
        {
            _collections.Clear();
            _started = DateTime.UtcNow;
        }
        _recording = true;
    }

    public void Stop() => _recording = false;

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, EventLevel.Informational, GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_recording || e.EventName is not { } name)
            return;
        lock (_gate)
        {
            if (name.StartsWith("GCSuspendEEBegin", StringComparison.Ordinal))
                _suspended = e.TimeStamp;
            else if (name.StartsWith("GCStart", StringComparison.Ordinal))
                _collections.Add(new Collection
                {
                    AtMs = (e.TimeStamp - _started).TotalMilliseconds,
                    Generation = Convert.ToInt32(Payload(e, "Depth"), CultureInfo.InvariantCulture),
                    Reason = Payload(e, "Reason")?.ToString() ?? "?",
                });
            else if (name.StartsWith("GCHeapStats", StringComparison.Ordinal) && _collections.Count > 0)
            {
                var last = _collections[^1];
                last.PromotedMb = (Number(e, "TotalPromotedSize0") + Number(e, "TotalPromotedSize1") + Number(e, "TotalPromotedSize2")) / 1e6;
                last.Gen2Mb = Number(e, "GenerationSize2") / 1e6;
                last.LohMb = Number(e, "GenerationSize3") / 1e6;
            }
            else if (name.StartsWith("GCRestartEEEnd", StringComparison.Ordinal) && _collections.Count > 0 && _suspended != default)
            {
                _collections[^1].PauseMs += (e.TimeStamp - _suspended).TotalMilliseconds;
                _suspended = default;
            }
        }
    }

    private static object? Payload(EventWrittenEventArgs e, string field) =>
        e.PayloadNames?.IndexOf(field) is >= 0 and var i ? e.Payload![i] : null;

    private static double Number(EventWrittenEventArgs e, string field) =>
        Payload(e, field) is { } value ? Convert.ToDouble(value, CultureInfo.InvariantCulture) : 0;

    public void Print(TextWriter output)
    {
        lock (_gate)
        {
            output.WriteLine();
            output.WriteLine("| collection of the last build, ms from start | generation | reason | pause ms | promoted MB | gen2 after MB | LOH MB |");
            output.WriteLine("|---:|---:|---|---:|---:|---:|---:|");
            foreach (var c in _collections)
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {c.AtMs:F0} | {c.Generation} | {c.Reason} | {c.PauseMs:F1} | {c.PromotedMb:F1} | {c.Gen2Mb:F1} | {c.LohMb:F1} |"));
        }
    }
}
