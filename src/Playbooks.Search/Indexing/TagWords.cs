using Playbooks.Search.Analysis;

namespace Playbooks.Search.Indexing;

/// <summary>
/// Tags are words, not running text: the tags field keeps only the bigrams that lie inside one of its words.
/// </summary>
/// <remarks>
/// A tag is a label its author chose as a unit (刷屏, 炸群), so its words are what it means. Bigrams across its
/// word boundaries are artefacts: the tag 群里刷屏问 (群|里|刷屏|问) would index 里刷 and 屏问, rare strings that
/// carry the tags field's high weight and outranked the playbook about 刷屏 itself for the query 群里刷屏.
/// Bigrams inside a word (刷屏, or every bigram of a learned whole-tag word) still match substring and typo queries.
/// Only the document side changes: a query's bigrams simply find nothing in tags for 里刷.
/// </remarks>
public static class TagWords
{
    public static AnalyzedText KeepBigramsInsideWords(AnalyzedText analysed)
    {
        if (analysed.Bigrams.Count == 0)
            return analysed;
        // Word and bigram ranges are both in source offsets, and words are in text order.
        var words = analysed.Words;
        var kept = new List<int>(analysed.Bigrams.Count);
        var w = 0;
        for (var i = 0; i < analysed.Bigrams.Count; i++)
        {
            var gram = analysed.Bigrams[i];
            while (w < words.Count && words[w].End <= gram.Start)
                w++;
            if (w < words.Count && words[w].Start <= gram.Start && gram.End <= words[w].End)
                kept.Add(i);
        }
        if (kept.Count == analysed.Bigrams.Count)
            return analysed;
        // Pinyin is one spelling per bigram, in the same order: keep the same ones (still spelled only on demand).
        return new AnalyzedText(analysed.Words, kept.ConvertAll(i => analysed.Bigrams[i]),
            () => kept.ConvertAll(i => analysed.Pinyin[i]));
    }
}
