using System.Diagnostics.Tracing;

namespace Playbooks.Benchmarks.Modes;

/// <summary>
/// Which types a stretch of code allocates, from the runtime's own allocation sample (an <c>AllocationTick</c> event
/// about every 100 KB allocated, naming the type of the object that crossed the mark): the in-process equivalent of
/// <c>dotnet-trace --profile gc-verbose</c>, with no tool to install. A sample stands for the ~100 KB before it, so a
/// type's share of the samples is its share of the bytes, to within the sampling.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly Dictionary<string, (int Samples, long Bytes)> _byType = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private volatile bool _recording;

    public void Start() => _recording = true;

    public void Stop() => _recording = false;

    /// <summary>The types sampled since the last call, most bytes first: samples, and bytes the samples stand for.</summary>
    public IReadOnlyList<(string Type, int Samples, long Bytes)> Take()
    {
        lock (_gate)
        {
            List<(string Type, int Samples, long Bytes)> types = [.. _byType.Select(t => (t.Key, t.Value.Samples, t.Value.Bytes)).OrderByDescending(t => t.Bytes)];
            _byType.Clear();
            return types;
        }
    }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, EventLevel.Verbose, GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_recording || e.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null)
            return;
        var type = e.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? e.Payload[t] as string ?? "?" : "?";
        // Large objects apart: their allocations drive the large object heap's budget, which triggers full collections.
        if (e.PayloadNames.IndexOf("AllocationKind") is var k and >= 0 && Convert.ToInt32(e.Payload[k], System.Globalization.CultureInfo.InvariantCulture) == 1)
            type += " (large object heap)";
        var amount = e.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(e.Payload[a], System.Globalization.CultureInfo.InvariantCulture) : 0;
        lock (_gate)
        {
            var (samples, bytes) = _byType.GetValueOrDefault(type);
            _byType[type] = (samples + 1, bytes + amount);
        }
    }
}
