using System.Collections.Concurrent;

namespace Playbooks.Search.Analysis;

/// <summary>
/// ICU's word tokens of each distinct piece of text (<see cref="SegmentationPieces"/>), for the length of one index
/// build: a full build segments every playbook twice (learning the vocabulary, then analysing with it), and playbooks
/// written from one template repeat many of their sentences. Tokens are stored relative to the piece, so a cached
/// piece serves wherever it occurs, and their terms are shared strings. Thread-safe.
/// </summary>
/// <remarks>
/// Bounded by <see cref="MaxCharacters"/> characters of cached text (about 12 bytes of memory per character with the
/// tokens): past that, pieces not yet seen are segmented and not kept, so a very large build only gains on its first
/// part. Drop the cache with the build.
/// </remarks>
public sealed class SegmentationCache
{
    /// <summary>About 4 MB of text, ~50 MB with its tokens: a few thousand 1 000-character playbooks that share nothing.</summary>
    public const long DefaultMaxCharacters = 4_000_000;

    /// <summary>At most this many shared word strings (~30 MB of short words); past that, new words are made but not shared.</summary>
    private const int MaxSharedTerms = 1 << 20;

    private readonly PieceCache<Token[]> _pieces;
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
        _pieces = new PieceCache<Token[]>(maxCharacters);
        _termsBySpan = _terms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public long MaxCharacters { get; }

    /// <summary>Pieces looked up so far, and how many of them were found (for benchmarks: how much text repeats).</summary>
    public (long Lookups, long Hits) Counts => (Interlocked.Read(ref _lookups), Interlocked.Read(ref _hits));

    /// <summary>The cached tokens of <paramref name="piece"/>, or null when it has not been kept.</summary>
    public Token[]? Find(ReadOnlySpan<char> piece)
    {
        Interlocked.Increment(ref _lookups);
        var tokens = _pieces.Find(piece);
        if (tokens is not null)
            Interlocked.Increment(ref _hits);
        return tokens;
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

    /// <summary>Keeps <paramref name="tokens"/> (relative to the piece) for <paramref name="piece"/> while there is room.</summary>
    public void Keep(string piece, Token[] tokens) => _pieces.Keep(piece, tokens);
}
