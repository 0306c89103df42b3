namespace Playbooks.Search.Analysis;

/// <summary>
/// Numbers distinct pieces of text (0, 1, 2… in the order added) and finds a piece's number again, keeping every
/// piece's characters in chunks of <see cref="TextChunk"/> and one entry per piece in a struct array chained from a bucket
/// array. What a cache keeps per piece lives in its own arrays, indexed by that number. Not thread-safe: the caches
/// lock around it.
/// </summary>
/// <remarks>
/// Hand-written rather than a <c>Dictionary&lt;string, T&gt;</c> because a build's caches live through every collection of
/// the build, and a dictionary keeps a key string and a node per piece, which the collector marks and copies each
/// time; here the pieces are a few large arrays, whatever their number.
/// </remarks>
internal sealed class PieceTable
{
    // 256 K characters (512 KB): large enough to sit in the large object heap, where the collector does not copy it.
    private const int TextChunk = 256 * 1024;

    private readonly List<char[]> _text = [];
    private int _textUsed;
    private readonly int _capacity;
    private int[] _buckets = []; // entry number + 1; 0 = empty
    private Entry[] _entries = [];

    /// <param name="capacity">
    /// How many pieces to make room for at the first <see cref="Add"/> (then doubling): a table that will number a
    /// known number of pieces takes its room once instead of growing to it through copies in the large object heap.
    /// </param>
    public PieceTable(int capacity = 1024) => _capacity = Math.Max(1, capacity);

    private struct Entry
    {
        public int Hash;
        public int Next; // entry number + 1 of the next in the bucket; 0 = last
        public int TextChunk;
        public int TextStart;
        public int Length;
    }

    /// <summary>How many pieces are numbered.</summary>
    public int Count { get; private set; }

    /// <summary>The number of <paramref name="piece"/> (whose <c>string.GetHashCode</c> is <paramref name="hash"/>), or -1.</summary>
    public int Find(ReadOnlySpan<char> piece, int hash)
    {
        if (Count == 0)
            return -1;
        for (var i = _buckets[(uint)hash % (uint)_buckets.Length]; i != 0; i = _entries[i - 1].Next)
        {
            ref readonly var entry = ref _entries[i - 1];
            if (entry.Hash == hash && entry.Length == piece.Length && piece.SequenceEqual(_text[entry.TextChunk].AsSpan(entry.TextStart, entry.Length)))
                return i - 1;
        }
        return -1;
    }

    /// <summary>Numbers a piece <see cref="Find"/> did not find, copying its characters; returns its number.</summary>
    public int Add(ReadOnlySpan<char> piece, int hash)
    {
        if (Count == _entries.Length)
            Grow();
        var (chunk, start) = Chunks.Reserve(_text, ref _textUsed, TextChunk, piece.Length);
        piece.CopyTo(_text[chunk].AsSpan(start));
        ref var bucket = ref _buckets[(uint)hash % (uint)_buckets.Length];
        _entries[Count] = new Entry { Hash = hash, Next = bucket, TextChunk = chunk, TextStart = start, Length = piece.Length };
        bucket = ++Count;
        return Count - 1;
    }

    private void Grow()
    {
        Array.Resize(ref _entries, _entries.Length == 0 ? _capacity : _entries.Length * 2);
        _buckets = new int[_entries.Length];
        for (var i = 0; i < Count; i++)
        {
            ref var bucket = ref _buckets[(uint)_entries[i].Hash % (uint)_buckets.Length];
            _entries[i].Next = bucket;
            bucket = i + 1;
        }
    }
}

/// <summary>Appending to a list of large arrays whose filled parts are never moved or changed.</summary>
internal static class Chunks
{
    /// <summary>Room for <paramref name="length"/> items in the last chunk, or in a new one (of at least that length).</summary>
    public static (int Chunk, int Start) Reserve<T>(List<T[]> chunks, ref int used, int chunkLength, int length)
    {
        if (chunks.Count == 0 || used + length > chunks[^1].Length)
        {
            chunks.Add(new T[Math.Max(chunkLength, length)]);
            used = 0;
        }
        var start = used;
        used += length;
        return (chunks.Count - 1, start);
    }
}
