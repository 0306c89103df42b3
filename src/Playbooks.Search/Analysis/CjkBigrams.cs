using System.Collections.Concurrent;

namespace Playbooks.Search.Analysis;

/// <summary>
/// Stage 5 (second representation): overlapping Han character bigrams of the normalised text (一段简单 → 一段 段简 简单),
/// so a segmentation miss or a substring query still matches. A lone Han character between non-Han text is
/// emitted as a unigram so it stays searchable. Thread-safe.
/// </summary>
public sealed class CjkBigrams
{
    /// <summary>At most a million shared bigrams (~50 MB); past that, new bigrams are made but not kept.</summary>
    private const int MaxShared = 1 << 20;

    // One string per distinct bigram, keyed by its two characters: an index build keeps every playbook's terms until it
    // commits, and a fresh two-character string per occurrence was a large part of what the collector had to copy.
    private readonly ConcurrentDictionary<int, string> _shared = new();

    public List<Token> Extract(NormalizedText text)
    {
        var s = text.Text;
        var grams = new List<Token>(s.Length); // at most one gram per character: no regrowth
        var i = 0;
        while (i < s.Length)
        {
            if (!CharClass.IsHan(s[i]))
            {
                i++;
                continue;
            }
            var runStart = i;
            while (i < s.Length && CharClass.IsHan(s[i]))
                i++;
            if (i - runStart == 1)
            {
                grams.Add(new Token(Shared(s, runStart, 1), runStart, i));
                continue;
            }
            for (var k = runStart; k + 1 < i; k++)
                grams.Add(new Token(Shared(s, k, 2), k, k + 2));
        }
        return grams;
    }

    private string Shared(string text, int start, int length)
    {
        var key = length == 1 ? text[start] : text[start] << 16 | text[start + 1]; // a Han first character is never 0
        if (_shared.TryGetValue(key, out var term))
            return term;
        term = text.Substring(start, length);
        if (_shared.Count < MaxShared)
            _shared.TryAdd(key, term);
        return term;
    }
}
