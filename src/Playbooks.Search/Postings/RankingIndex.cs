namespace Playbooks.Search.Postings;

/// <summary>
/// What ranking reads: the playbooks' term tables, one per representation, over dense playbook numbers 0…Count−1.
/// Built in memory by the site, or loaded from the SQLite index by the search engine (one per index generation).
/// </summary>
public sealed class RankingIndex
{
    private readonly Lazy<TermTable> _pinyin;

    public RankingIndex(int count, TermTable words, TermTable grams, TermTable pinyin)
        : this(count, words, grams, new Lazy<TermTable>(pinyin))
    {
    }

    /// <param name="pinyin">Built on first use: most queries never need it (see <see cref="Pinyin"/>).</param>
    public RankingIndex(int count, TermTable words, TermTable grams, Lazy<TermTable> pinyin)
    {
        Count = count;
        Words = words;
        Grams = grams;
        _pinyin = pinyin;
    }

    public int Count { get; }

    /// <summary>
    /// Per playbook, true for a draft or a playbook with only empty sections (<see cref="Core.Model.Playbook.IsWritten"/>):
    /// ranking puts these after every written playbook that matches. Empty when all are written.
    /// </summary>
    public IReadOnlyList<bool> Unwritten { get; init; } = [];

    /// <summary>Each playbook's folder, which ranking smooths scores over; <see cref="FolderGroups.None"/> ranks without.</summary>
    public FolderGroups Folders { get; init; } = FolderGroups.None;

    public bool IsUnwritten(int doc) => doc < Unwritten.Count && Unwritten[doc];
    public TermTable Words { get; }
    public TermTable Grams { get; }
    /// <summary>
    /// Bigrams spelled in pinyin: a spelling's postings are those of every bigram spelled that way, merged. Ranking reads
    /// it only for query bigrams the index lacks (likely typos).
    /// </summary>
    public TermTable Pinyin => _pinyin.Value;

    public long AddedPostings => Words.AddedPostings + Grams.AddedPostings + (_pinyin.IsValueCreated ? Pinyin.AddedPostings : 0);
}
