using Playbooks.Search.Analysis;

namespace Playbooks.Search.Vocabulary;

/// <summary>
/// A text as runs of adjacent words (segmentation and lexicon cut, before stop words): a space, punctuation or line
/// break ends a run, so no candidate word can span one.
/// </summary>
public static class WordRuns
{
    public static List<string[]> Of(Analyzer analyzer, string? text)
    {
        var runs = new List<string[]>();
        var (_, words) = analyzer.Segment(text);
        var start = 0;
        for (var i = 1; i <= words.Count; i++)
        {
            if (i < words.Count && words[i].Start == words[i - 1].End)
                continue;
            var run = new string[i - start];
            for (var k = 0; k < run.Length; k++)
                run[k] = words[start + k].Term;
            runs.Add(run);
            start = i;
        }
        return runs;
    }
}
