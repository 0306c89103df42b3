namespace Playbooks.Search.Storage;

/// <summary>
/// Row id → dense playbook number (its position among the live row ids, ascending), for decoding postings: looked up
/// once per posting read, so a query's first use of a common term at 100 000 playbooks does it tens of thousands of times.
/// </summary>
/// <remarks>
/// Row ids are AUTOINCREMENT: dense after a full build, with gaps where playbooks were replaced or deleted. While the
/// gaps are moderate, the numbers are a plain array indexed by row id (no hashing); an index whose row ids have spread
/// far beyond its size (years of edits between full builds) falls back to a dictionary.
/// </remarks>
internal sealed class RowNumbers
{
    /// <summary>Largest spread of row ids, as a multiple of the live playbooks, still held as a direct array.</summary>
    private const int MaxSpread = 4;

    private readonly long _first;
    private readonly int[]? _direct; // dense number + 1 per row id from _first; 0 = not live
    private readonly Dictionary<long, int>? _byRowId;

    /// <param name="rowIds">The live row ids in ascending order.</param>
    public RowNumbers(IReadOnlyList<long> rowIds)
    {
        Count = rowIds.Count;
        if (rowIds.Count == 0)
        {
            _direct = [];
            return;
        }
        _first = rowIds[0];
        var spread = rowIds[^1] - _first + 1;
        if (spread <= (long)MaxSpread * rowIds.Count + 1024)
        {
            _direct = new int[spread];
            for (var i = 0; i < rowIds.Count; i++)
                _direct[rowIds[i] - _first] = i + 1;
            return;
        }
        _byRowId = new Dictionary<long, int>(rowIds.Count);
        for (var i = 0; i < rowIds.Count; i++)
            _byRowId[rowIds[i]] = i;
    }

    /// <summary>Live playbooks.</summary>
    public int Count { get; }

    /// <summary>The dense number of <paramref name="rowId"/>; false when that row is not live (a deleted playbook's postings).</summary>
    public bool TryGet(long rowId, out int doc)
    {
        if (_direct is { } direct)
        {
            var offset = (ulong)(rowId - _first);
            doc = offset < (ulong)direct.Length ? direct[offset] - 1 : -1;
            return doc >= 0;
        }
        return _byRowId!.TryGetValue(rowId, out doc);
    }

    public int this[long rowId] => TryGet(rowId, out var doc) ? doc : throw new KeyNotFoundException($"Row {rowId} is not live.");
}
