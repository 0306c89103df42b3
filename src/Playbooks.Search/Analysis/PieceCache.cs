using System.Collections.Concurrent;

namespace Playbooks.Search.Analysis;

/// <summary>
/// One analyzer's result for each distinct piece of text (<see cref="SegmentationPieces"/>), for the length of one index
/// build: every stage after normalisation (segmentation, lexicon re-cut, glosses, stop words, synonyms, bigrams) works
/// within a piece, so a piece's result is the same wherever it occurs, and a text's is its pieces' results end to end.
/// Playbooks written from one template repeat many sentences; a repeated one then costs a look-up. Thread-safe.
/// </summary>
/// <remarks>
/// Its results depend on one analyzer's lexicon (ICU's tokens, the same for every analyzer of a build, are in the
/// <see cref="SegmentationCache"/>). Bounded by the characters of the pieces kept; past that, pieces not yet seen are
/// analysed and not kept. Drop it with the build (with its analyzer).
/// </remarks>
internal sealed class PieceCache<T> where T : class
{
    private readonly ConcurrentDictionary<string, T> _pieces = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly long _maxCharacters;
    private long _characters;

    public PieceCache(long maxCharacters)
    {
        _maxCharacters = maxCharacters;
        _bySpan = _pieces.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The result kept for <paramref name="piece"/>, or null.</summary>
    public T? Find(ReadOnlySpan<char> piece) => _bySpan.TryGetValue(piece, out var result) ? result : null;

    /// <summary>Keeps <paramref name="result"/> for <paramref name="piece"/> while there is room, and returns it.</summary>
    public T Keep(string piece, T result) => HasRoomFor(piece) ? Add(piece, result) : result;

    /// <summary>Whether <paramref name="piece"/> may be kept; if so, it counts against the limit from now on.</summary>
    public bool HasRoomFor(string piece) => Interlocked.Add(ref _characters, piece.Length) <= _maxCharacters;

    /// <summary>Keeps <paramref name="result"/> for a piece <see cref="HasRoomFor"/> allowed; the result kept first when two threads race.</summary>
    public T Add(string piece, T result) => _pieces.GetOrAdd(piece, result);
}
