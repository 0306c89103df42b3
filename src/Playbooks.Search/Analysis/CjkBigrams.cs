namespace Playbooks.Search.Analysis;

/// <summary>
/// Stage 5 (second representation): overlapping Han character bigrams of the normalised text (一段简单 → 一段 段简 简单),
/// so a segmentation miss or a substring query still matches. A lone Han character between non-Han text is
/// emitted as a unigram so it stays searchable.
/// </summary>
public sealed class CjkBigrams
{
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
                grams.Add(text.TokenAt(runStart, i));
                continue;
            }
            for (var k = runStart; k + 1 < i; k++)
                grams.Add(text.TokenAt(k, k + 2));
        }
        return grams;
    }
}
