namespace Playbooks.Search.Analysis;

/// <summary>
/// Stage 6 (third representation): each Han bigram spelled in toneless pinyin (截图 → jietu). Pinyin input
/// methods make homophone typos the commonest misspelling in Chinese (节图 for 截图, 退宽 for 退款, 荡机 for 宕机);
/// spelled the same, they still meet their intended word.
/// </summary>
public sealed class PinyinBigrams(PinyinTable pinyin)
{
    public List<Token> Spell(IReadOnlyList<Token> hanBigrams)
    {
        var spelled = new List<Token>(hanBigrams.Count);
        foreach (var gram in hanBigrams)
            spelled.Add(gram with { Term = Spell(pinyin, gram.Term) });
        return spelled;
    }

    /// <summary>
    /// One bigram (or lone character) in toneless pinyin with the shared table: how the index spells the bigrams it
    /// stores, so a query's spelling finds them.
    /// </summary>
    public static string Spell(string gram) => Spell(PinyinTable.Shared, gram);

    private static string Spell(PinyinTable pinyin, string gram) => gram.Length switch
    {
        2 => string.Concat(pinyin.Of(gram[0]), pinyin.Of(gram[1])),
        1 => pinyin.Of(gram[0]),
        _ => gram,
    };
}
