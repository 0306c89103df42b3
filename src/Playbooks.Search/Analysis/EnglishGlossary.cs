namespace Playbooks.Search.Analysis;

/// <summary>
/// Stage 2c: adds the Chinese words an English word stands for (ban → 封禁, CS → 客服, SKU → 商品), after the word
/// itself and at the same offsets. Operators mix English into Chinese ("直播被 ban 了", "CS 排队爆了"); the playbooks
/// say it in Chinese, or the other way round, and both sides are analysed alike, so either way they meet.
/// </summary>
/// <remarks>
/// Runs after the lexicon merge (which rebuilds mixed words such as vip群) and before stop words and synonyms, so a
/// gloss is folded like any word (封禁 → 封号). The English word is kept: where a text uses it, it is the rarer and
/// more precise term. The list is the lexicon's english.txt (built-in base plus the team's own).
/// </remarks>
public sealed class EnglishGlossary(IReadOnlyDictionary<string, IReadOnlyList<string>> glosses)
{
    public List<Token> Expand(List<Token> tokens)
    {
        if (glosses.Count == 0)
            return tokens;
        List<Token>? output = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!glosses.TryGetValue(token.Term, out var chinese))
            {
                output?.Add(token);
                continue;
            }
            output ??= tokens.GetRange(0, i);
            output.Add(token);
            foreach (var word in chinese)
                output.Add(token with { Term = word });
        }
        return output ?? tokens;
    }
}
