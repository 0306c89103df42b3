using System.Collections.Concurrent;

namespace Playbooks.Search.Analysis;

/// <summary>
/// ICU's word tokens of each distinct piece of text (<see cref="SegmentationPieces"/>), for the length of one index
/// build: a full build segments every playbook twice (learning the vocabulary, then analysing with it), and playbooks
/// written from one template repeat many of their sentences. Tokens are stored relative to the piece, so a cached
/// piece serves wherever it occurs, and their terms are shared strings. Thread-safe.
/// </summary>
/// <remarks>
/// <para>Bounded by <see cref="MaxCharacters"/> characters of cached text (about 12 bytes of memory per character with the
/// tokens): past that, pieces not yet seen are segmented and not kept, so a very large build only gains on its first
/// part. Drop the cache with the build.</para>
/// <para>Pieces and tokens are copied into a few large arrays (<see cref="PieceTable"/>, and chunks of tokens) rather
/// than kept as a string, a token array and a table node per piece: everything here lives until the build ends, and a
/// workstation collector's pause grows with the number of live objects it marks and copies (a warm 3k build kept
/// ~66 000 pieces, ~200 000 objects, through every collection).</para>
/// </remarks>
public sealed class SegmentationCache
{
    /// <summary>About 4 MB of text, ~50 MB with its tokens: a few thousand 1 000-character playbooks that share nothing.</summary>
    public const long DefaultMaxCharacters = 4_000_000;

    /// <summary>At most this many shared word strings (~30 MB of short words); past that, new words are made but not shared.</summary>
    private const int MaxSharedTerms = 1 << 20;

    // 32 K tokens (512 KB) a chunk, in the large object heap like the table's text.
    private const int TokenChunk = 32 * 1024;

    private readonly PieceTable _pieces = new();
    private readonly List<Token[]> _tokens = [];
    private int _tokensUsed;
    // Each piece's tokens in _tokens, by the piece's number in _pieces.
    private (int Chunk, int Start, int Count)[] _ranges = new (int, int, int)[1024];
    // Held for every look-up and keep: the tables grow in place. Both threads of a build mostly look up, and a
    // look-up under the lock is a hash probe and one comparison (the hash is computed before taking it).
    private readonly Lock _gate = new();
    private long _characters;
    // One string per distinct word ICU gives: a build keeps every piece's tokens until it ends, and most words recur in
    // many pieces (a fresh string per token was about 30 bytes of garbage or of long-lived heap per word).
    private readonly ConcurrentDictionary<string, string> _terms = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _termsBySpan;
    // ConcurrentDictionary.Count takes every lock of the table; this counter is read on every new word instead.
    private int _termCount;
    private long _lookups;
    private long _hits;

    public SegmentationCache(long maxCharacters = DefaultMaxCharacters)
    {
        MaxCharacters = maxCharacters;
        _termsBySpan = _terms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public long MaxCharacters { get; }

    /// <summary>How many distinct pieces are kept.</summary>
    public int Pieces
    {
        get
        {
            lock (_gate)
                return _pieces.Count;
        }
    }

    /// <summary>Pieces looked up so far, and how many of them were found (for benchmarks: how much text repeats).</summary>
    public (long Lookups, long Hits) Counts
    {
        get
        {
            lock (_gate)
                return (_lookups, _hits);
        }
    }

    /// <summary>
    /// The cached tokens of <paramref name="piece"/> in <paramref name="tokens"/> (valid for the life of the cache, never
    /// changed), or false when it has not been kept.
    /// </summary>
    public bool TryFind(ReadOnlySpan<char> piece, out ReadOnlySpan<Token> tokens)
    {
        var hash = string.GetHashCode(piece);
        lock (_gate)
        {
            _lookups++;
            var number = _pieces.Find(piece, hash);
            if (number < 0)
            {
                tokens = default;
                return false;
            }
            _hits++;
            tokens = TokensOf(number);
            return true;
        }
    }

    /// <summary>The shared string of the word <paramref name="characters"/> (a new one, kept while there is room, the first time).</summary>
    internal string Term(ReadOnlySpan<char> characters)
    {
        if (_termsBySpan.TryGetValue(characters, out var term))
            return term;
        term = characters.ToString();
        if (Volatile.Read(ref _termCount) >= MaxSharedTerms)
            return term;
        var shared = _terms.GetOrAdd(term, term);
        if (ReferenceEquals(shared, term))
            Interlocked.Increment(ref _termCount);
        return shared;
    }

    /// <summary>
    /// Keeps a copy of <paramref name="tokens"/> (relative to the piece) for <paramref name="piece"/> while there is room.
    /// Returns the tokens kept (those of another thread that kept the piece first), or false with nothing kept.
    /// </summary>
    public bool TryKeep(ReadOnlySpan<char> piece, ReadOnlySpan<Token> tokens, out ReadOnlySpan<Token> kept)
    {
        var hash = string.GetHashCode(piece);
        lock (_gate)
        {
            kept = default;
            if (_pieces.Find(piece, hash) is var found and >= 0)
            {
                kept = TokensOf(found);
                return true;
            }
            // Counted even when refused, as PieceCache counts: once full, the cache stays full.
            _characters += piece.Length;
            if (_characters > MaxCharacters)
                return false;
            var number = _pieces.Add(piece, hash);
            if (number == _ranges.Length)
                Array.Resize(ref _ranges, _ranges.Length * 2);
            var (chunk, start) = Chunks.Reserve(_tokens, ref _tokensUsed, TokenChunk, tokens.Length);
            tokens.CopyTo(_tokens[chunk].AsSpan(start));
            _ranges[number] = (chunk, start, tokens.Length);
            kept = TokensOf(number);
            return true;
        }
    }

    private ReadOnlySpan<Token> TokensOf(int number)
    {
        var (chunk, start, count) = _ranges[number];
        return _tokens[chunk].AsSpan(start, count);
    }
}
