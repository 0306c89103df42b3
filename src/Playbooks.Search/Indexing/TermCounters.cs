using Playbooks.Search.Analysis;
using Playbooks.Search.Postings;

namespace Playbooks.Search.Indexing;

/// <summary>
/// One analysing thread's counters for one index write (words and bigrams, numbered in the writer's
/// <see cref="TermIds"/>), and the numbers of every kept piece's terms: a piece repeated across playbooks (the
/// analyzer gives the same <see cref="PieceTerms"/> for it) is then counted without looking its terms up again. Not
/// thread-safe: one per thread, dropped with the write.
/// </summary>
public sealed class TermCounters(TermIds words, TermIds grams)
{
    private readonly Dictionary<PieceTerms, (int[] Words, int[] Grams)> _numbers = new(ReferenceEqualityComparer.Instance);
    private readonly List<PieceTerms> _pieces = [];

    public TermCounter Words { get; } = new(words);
    public TermCounter Grams { get; } = new(grams);

    /// <summary>Counts the word and bigram terms of <paramref name="text"/> (<see cref="Analyzer.Terms"/>) in field number <paramref name="field"/>.</summary>
    public void Add(string? text, Analyzer analyzer, int field)
    {
        _pieces.Clear();
        analyzer.TermPieces(text, _pieces);
        foreach (var piece in _pieces)
        {
            if (!_numbers.TryGetValue(piece, out var numbers))
            {
                numbers = (Words.Number(piece.Words), Grams.Number(piece.Bigrams));
                if (piece.Kept) // a piece not kept is a new object each time: keeping its numbers would only grow the table
                    _numbers[piece] = numbers;
            }
            Words.Add(numbers.Words, field);
            Grams.Add(numbers.Grams, field);
        }
    }

    /// <summary>Forgets what was counted for the playbook (also what a failed analysis left).</summary>
    public void Clear()
    {
        Words.Clear();
        Grams.Clear();
    }

    /// <summary>The playbook's terms; the counters are then empty for the next one.</summary>
    public (IndexedTerms Words, IndexedTerms Grams) Take() => (Words.Take(), Grams.Take());
}
