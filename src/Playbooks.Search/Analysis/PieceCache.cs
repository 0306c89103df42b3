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
/// analysed and not kept. Drop it with the build (with its analyzer). The pieces are kept in a <see cref="PieceTable"/>
/// (no key string or node per piece: the cache lives through every collection of the build) and the results in one
/// array by the piece's number; a lock guards both, as they grow in place.
/// </remarks>
internal sealed class PieceCache<T> where T : class
{
    private readonly PieceTable _pieces;
    private T[] _results = [];
    private readonly int _capacity;
    private readonly Lock _gate = new();
    private readonly long _maxCharacters;
    private long _characters;

    /// <param name="capacity">How many pieces to make room for when the first is kept (see <see cref="PieceTable"/>).</param>
    public PieceCache(long maxCharacters, int capacity = 1024)
    {
        _maxCharacters = maxCharacters;
        _capacity = Math.Max(1, capacity);
        _pieces = new PieceTable(_capacity);
    }

    /// <summary>The result kept for <paramref name="piece"/>, or null.</summary>
    public T? Find(ReadOnlySpan<char> piece)
    {
        var hash = string.GetHashCode(piece);
        lock (_gate)
            return _pieces.Find(piece, hash) is var number and >= 0 ? _results[number] : null;
    }

    /// <summary>Keeps <paramref name="result"/> for <paramref name="piece"/> while there is room, and returns it.</summary>
    public T Keep(string piece, T result) => HasRoomFor(piece) ? Add(piece, result) : result;

    /// <summary>Whether <paramref name="piece"/> may be kept; if so, it counts against the limit from now on.</summary>
    public bool HasRoomFor(string piece) => Interlocked.Add(ref _characters, piece.Length) <= _maxCharacters;

    /// <summary>Keeps <paramref name="result"/> for a piece <see cref="HasRoomFor"/> allowed; the result kept first when two threads race.</summary>
    public T Add(string piece, T result)
    {
        var hash = string.GetHashCode(piece.AsSpan());
        lock (_gate)
        {
            if (_pieces.Find(piece, hash) is var found and >= 0)
                return _results[found];
            var number = _pieces.Add(piece, hash);
            if (number == _results.Length)
                Array.Resize(ref _results, _results.Length == 0 ? _capacity : _results.Length * 2);
            return _results[number] = result;
        }
    }
}
