using System.Collections.Concurrent;

namespace Playbooks.Search.Postings;

/// <summary>
/// One representation's terms (words or bigrams) numbered 0, 1, 2 … as first asked for, for the length of one index
/// write: the analysing threads give each playbook's terms as numbers (<see cref="IndexedTerms"/>), and the writer keeps
/// its pending postings in an array by number instead of looking every term of every playbook up by its characters (that
/// look-up, on the one writing thread, was ~5 % of a full build). Thread-safe.
/// </summary>
/// <remarks>Which number a term gets depends on thread timing; nothing written depends on it (rows are keyed by term).</remarks>
public sealed class TermIds
{
    private static long _lastGeneration;

    private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];
    private readonly Lock _adding = new();

    /// <summary>
    /// Which table this is, unique in the process: what numbers derived from it remember instead of the table itself
    /// (<c>TermCounters</c> keeps them on cached pieces, which outlive the write and must not keep its table alive).
    /// </summary>
    public long Generation { get; } = Interlocked.Increment(ref _lastGeneration);

    /// <summary>How many terms are numbered so far.</summary>
    public int Count
    {
        get
        {
            lock (_adding)
                return _terms.Count;
        }
    }

    /// <summary>The number of <paramref name="term"/>, given it now if it has none.</summary>
    public int Of(string term)
    {
        if (_ids.TryGetValue(term, out var id))
            return id;
        lock (_adding)
        {
            if (_ids.TryGetValue(term, out id))
                return id;
            id = _terms.Count;
            _terms.Add(term);
            _ids[term] = id;
            return id;
        }
    }

    /// <summary>The term numbered <paramref name="id"/>.</summary>
    public string Term(int id)
    {
        lock (_adding)
            return _terms[id];
    }
}
