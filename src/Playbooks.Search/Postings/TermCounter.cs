using System.Runtime.InteropServices;

namespace Playbooks.Search.Postings;

/// <summary>
/// Counts one playbook's terms per field by their numbers (<see cref="TermIds"/>), as <see cref="DocumentTokens"/> does
/// by their characters, and gives them as <see cref="IndexedTerms"/>. Reused playbook after playbook on one thread, so
/// counting allocates nothing but what the result rents. Not thread-safe.
/// </summary>
public sealed class TermCounter(TermIds ids) : ITermSink
{
    // The slot of each term number in this playbook's lists, valid where _seenIn holds the current playbook's mark.
    private int[] _slotOf = [];
    private int[] _seenIn = [];
    private int _playbook;
    private readonly List<int> _ids = [];
    private readonly List<FieldCounts> _counts = [];
    private int _length;

    public TermIds Ids => ids;

    /// <summary>Adds an occurrence of <paramref name="term"/> in field number <paramref name="field"/>.</summary>
    public void Add(string term, int field) => Add(ids.Of(term), field);

    /// <summary>Adds occurrences of <paramref name="terms"/>, in order, to field number <paramref name="field"/>.</summary>
    public void Add(string[] terms, int field)
    {
        foreach (var term in terms)
            Add(term, field);
    }

    /// <summary>Adds the terms numbered <paramref name="numbers"/> (<see cref="Number"/>), in order, to field number <paramref name="field"/>.</summary>
    public void Add(ReadOnlySpan<int> numbers, int field)
    {
        foreach (var id in numbers)
            Add(id, field);
    }

    /// <summary>The numbers of <paramref name="terms"/>, to add later without looking the terms up again.</summary>
    public int[] Number(string[] terms)
    {
        var numbers = new int[terms.Length];
        for (var i = 0; i < terms.Length; i++)
            numbers[i] = ids.Of(terms[i]);
        return numbers;
    }

    private void Add(int id, int field)
    {
        if (id >= _slotOf.Length)
        {
            var size = Math.Max(id + 1, _slotOf.Length * 2);
            Array.Resize(ref _slotOf, size);
            Array.Resize(ref _seenIn, size);
        }
        if (_seenIn[id] != _playbook + 1)
        {
            _seenIn[id] = _playbook + 1;
            _slotOf[id] = _ids.Count;
            _ids.Add(id);
            _counts.Add(default);
        }
        var counts = CollectionsMarshal.AsSpan(_counts);
        ref var slot = ref counts[_slotOf[id]];
        if (slot[field] < ushort.MaxValue)
            slot[field]++; // saturates as DocumentTokens does
        _length++;
    }

    /// <summary>This playbook's terms (<see cref="IndexedTerms.Rented"/>: dispose them when written); the counter is then empty for the next playbook.</summary>
    public IndexedTerms Take()
    {
        var result = IndexedTerms.Rented(CollectionsMarshal.AsSpan(_ids), CollectionsMarshal.AsSpan(_counts), _length);
        Clear();
        return result;
    }

    /// <summary>Forgets what was counted (also what a failed analysis left).</summary>
    public void Clear()
    {
        _ids.Clear();
        _counts.Clear();
        _length = 0;
        _playbook++;
    }
}
