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
        {
            var term = gram.Term.Length switch
            {
                2 => string.Concat(pinyin.Of(gram.Term[0]), pinyin.Of(gram.Term[1])),
                1 => pinyin.Of(gram.Term[0]),
                _ => gram.Term,
            };
            spelled.Add(gram with { Term = term });
        }
        return spelled;
    }
}
