namespace Playbooks.Search.Analysis;

/// <summary>Stage 3: drops function words (的, 了, 怎么办 …) that say nothing about which incident this is.</summary>
public sealed class StopWordFilter(IReadOnlySet<string> stopWords)
{
    public List<Token> Filter(List<Token> tokens)
    {
        if (stopWords.Count == 0)
            return tokens;
        tokens.RemoveAll(t => stopWords.Contains(t.Term));
        return tokens;
    }
}
