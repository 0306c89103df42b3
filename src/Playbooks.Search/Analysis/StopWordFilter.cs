namespace Playbooks.Search.Analysis;

/// <summary>Stage 3: drops function words (的, 了, 怎么办 …) that say nothing about which incident this is.</summary>
public sealed class StopWordFilter(IReadOnlySet<string> stopWords)
{
    public List<Token> Filter(List<Token> tokens)
    {
        if (stopWords.Count == 0)
            return tokens;
        // In place, keeping the order (what RemoveAll does, without a new delegate per call: this runs once per piece of
        // every field of every playbook in a build).
        var kept = 0;
        for (var i = 0; i < tokens.Count; i++)
            if (!stopWords.Contains(tokens[i].Term))
                tokens[kept++] = tokens[i];
        tokens.RemoveRange(kept, tokens.Count - kept);
        return tokens;
    }
}
