namespace Playbooks.Search.Analysis;

/// <summary>
/// ICU's line break iterator (UAX #14) for the zh_CN locale, called directly like word segmentation
/// (<see cref="IcuBreakFunctions"/>), for the CLI's line wrapping: icu.net's would initialise icu.net for every
/// search's output. Not thread-safe: one per thread.
/// </summary>
public sealed unsafe class IcuLineBreakIterator : IDisposable
{
    private readonly NativeBreakIterator _iterator;

    private IcuLineBreakIterator(NativeBreakIterator iterator) => _iterator = iterator;

    /// <summary>A line break iterator, or null when ICU's functions cannot be bound directly (use icu.net's).</summary>
    public static IcuLineBreakIterator? TryCreate() =>
        IcuBreakFunctions.Load() is { } icu ? new IcuLineBreakIterator(new NativeBreakIterator(icu, NativeBreakIterator.LineBreaks)) : null;

    /// <summary>The line break boundaries of <paramref name="text"/> after its start, ascending; the last is its length.</summary>
    public List<int> Boundaries(string text)
    {
        var boundaries = new List<int>();
        fixed (char* chars = text)
        {
            // ICU keeps the pointer, not a copy: every boundary is read while the text is pinned.
            _iterator.SetText(chars, text.Length);
            for (var at = _iterator.Next(); at > 0; at = _iterator.Next())
                boundaries.Add(at);
        }
        return boundaries;
    }

    public void Dispose() => _iterator.Dispose();
}
