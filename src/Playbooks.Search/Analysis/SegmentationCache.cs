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

    private readonly PieceCache<Token[]> _pieces;
    private long _lookups;
    private long _hits;

    public SegmentationCache(long maxCharacters = DefaultMaxCharacters)
    {
        MaxCharacters = maxCharacters;
        _pieces = new PieceCache<Token[]>(maxCharacters);
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

    /// <summary>Keeps <paramref name="tokens"/> (relative to the piece) for <paramref name="piece"/> while there is room.</summary>
    public void Keep(string piece, Token[] tokens) => _pieces.Keep(piece, tokens);
}
