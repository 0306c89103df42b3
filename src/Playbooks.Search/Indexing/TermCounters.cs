using Playbooks.Search.Analysis;
using Playbooks.Search.Postings;

namespace Playbooks.Search.Indexing;

/// <summary>
/// One analysing thread's counters for one index write (words and bigrams, numbered in the writer's
/// <see cref="TermIds"/>). A kept piece's term numbers are kept with the piece (<see cref="PieceTerms.Numbered"/>): a piece
/// repeated across playbooks (the analyzer gives the same <see cref="PieceTerms"/> for it) is then counted without
/// looking its terms up again, on whichever thread meets it. Not thread-safe: one per thread, dropped with the write.
/// </summary>
public sealed class TermCounters(TermIds words, TermIds grams)
{
    private readonly List<PieceTerms> _pieces = [];

    public TermCounter Words { get; } = new(words);
    public TermCounter Grams { get; } = new(grams);

    /// <summary>
    /// A kept piece's terms numbered in one write's tables, which the piece may outlive (see <see cref="For"/>): the
    /// tables are named by their generation, not held, so a long-running <c>serve</c> does not keep a full build's term
    /// tables alive through pieces it has not met again since.
    /// </summary>
    private sealed record Numbers(long WordTable, long GramTable, int[] Words, int[] Grams)
    {
        public bool For(TermCounters counters) => WordTable == counters.Words.Ids.Generation && GramTable == counters.Grams.Ids.Generation;
    }

    /// <summary>Counts the word and bigram terms of <paramref name="text"/> (<see cref="Analyzer.Terms"/>) in field number <paramref name="field"/>.</summary>
    public void Add(string? text, Analyzer analyzer, int field)
    {
        _pieces.Clear();
        analyzer.TermPieces(text, _pieces);
        foreach (var piece in _pieces)
        {
            if (!piece.Kept)
            {
                // A new object each time: its numbers would never be asked for again.
                Words.Add(piece.Words, field);
                Grams.Add(piece.Bigrams, field);
                continue;
            }
            // Two threads meeting a new piece at once both number it, alike (the tables give a term one number), and
            // one of the two copies stays: cheaper than a lock per piece.
            if (piece.Numbered is not Numbers numbers || !numbers.For(this))
                piece.Numbered = numbers = new Numbers(Words.Ids.Generation, Grams.Ids.Generation, Words.Number(piece.Words), Grams.Number(piece.Bigrams));
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
