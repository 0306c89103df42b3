namespace Playbooks.Search.Analysis;

/// <summary>
/// A hash table from pieces of text to their tokens that keeps everything in a few large arrays: the characters of all
/// pieces in chunks of <see cref="TextChunk"/>, all tokens in chunks of <see cref="TokenChunk"/>, and one entry per piece
/// in a struct array chained from a bucket array. Entries are only added, and chunks are never moved or changed where
/// written, so a token span handed out stays valid and unchanged. Not thread-safe: <see cref="SegmentationCache"/> locks.
/// </summary>
/// <remarks>
/// Hand-written rather than a <c>Dictionary&lt;string, Token[]&gt;</c> because that is three objects per piece (the key,
/// the array, the node or entry's key), and the collector marks and copies each of them at every collection of a build.
/// </remarks>
internal sealed class PieceArena
{
    // 256 K characters (512 KB) and 32 K tokens (512 KB): large enough to sit in the large object heap, where the
    // collector neither copies them nor counts their contents as young objects.
    private const int TextChunk = 256 * 1024;
    private const int TokenChunk = 32 * 1024;

    private readonly List<char[]> _text = [];
    private int _textUsed;
    private readonly List<Token[]> _tokens = [];
    private int _tokensUsed;
    private int[] _buckets = new int[1024]; // entry index + 1; 0 = empty
    private Entry[] _entries = new Entry[1024];
    private int _count;

    private struct Entry
    {
        public int Hash;
        public int Next; // entry index + 1 of the next in the bucket; 0 = last
        public int TextChunk;
        public int TextStart;
        public int Length;
        public int TokenChunk;
        public int TokenStart;
        public int TokenCount;
    }

    public bool TryFind(ReadOnlySpan<char> piece, int hash, out ReadOnlySpan<Token> tokens)
    {
        for (var i = _buckets[(uint)hash % (uint)_buckets.Length]; i != 0; i = _entries[i - 1].Next)
        {
            ref readonly var entry = ref _entries[i - 1];
            if (entry.Hash == hash && entry.Length == piece.Length && piece.SequenceEqual(_text[entry.TextChunk].AsSpan(entry.TextStart, entry.Length)))
            {
                tokens = _tokens[entry.TokenChunk].AsSpan(entry.TokenStart, entry.TokenCount);
                return true;
            }
        }
        tokens = default;
        return false;
    }

    /// <summary>Adds a piece not in the table, copying its characters and tokens; returns the tokens as kept.</summary>
    public ReadOnlySpan<Token> Add(ReadOnlySpan<char> piece, int hash, ReadOnlySpan<Token> tokens)
    {
        if (_count == _entries.Length)
            Grow();
        var (textChunk, textStart) = Reserve(_text, ref _textUsed, TextChunk, piece.Length);
        piece.CopyTo(_text[textChunk].AsSpan(textStart));
        var (tokenChunk, tokenStart) = Reserve(_tokens, ref _tokensUsed, TokenChunk, tokens.Length);
        tokens.CopyTo(_tokens[tokenChunk].AsSpan(tokenStart));
        ref var bucket = ref _buckets[(uint)hash % (uint)_buckets.Length];
        _entries[_count] = new Entry
        {
            Hash = hash, Next = bucket, TextChunk = textChunk, TextStart = textStart, Length = piece.Length,
            TokenChunk = tokenChunk, TokenStart = tokenStart, TokenCount = tokens.Length,
        };
        bucket = ++_count;
        return _tokens[tokenChunk].AsSpan(tokenStart, tokens.Length);
    }

    /// <summary>Room for <paramref name="length"/> items in the last chunk, or in a new one (of at least that length).</summary>
    private static (int Chunk, int Start) Reserve<T>(List<T[]> chunks, ref int used, int chunkLength, int length)
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

    private void Grow()
    {
        Array.Resize(ref _entries, _entries.Length * 2);
        _buckets = new int[_entries.Length];
        for (var i = 0; i < _count; i++)
        {
            ref var bucket = ref _buckets[(uint)_entries[i].Hash % (uint)_buckets.Length];
            _entries[i].Next = bucket;
            bucket = i + 1;
        }
    }
}
