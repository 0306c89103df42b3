namespace Playbooks.Search.Postings;

/// <summary>
/// Brings a query's tokens into a <see cref="RankingIndex"/> whose tables are read on demand (the SQLite index), before
/// ranking reads them. A fully built in-memory index needs none.
/// </summary>
public interface IPostingLoader
{
    void LoadWords(IReadOnlyList<string> words);

    void LoadGrams(IReadOnlyList<string> grams);

    /// <summary>Loads the pinyin table's postings for <paramref name="spellings"/> (merged from the bigrams spelled so).</summary>
    void LoadSpellings(IReadOnlyList<string> spellings);
}
