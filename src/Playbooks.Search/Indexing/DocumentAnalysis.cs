using Playbooks.Search.Analysis;
using Playbooks.Search.Postings;

namespace Playbooks.Search.Indexing;

/// <summary>A playbook's indexed fields analysed: its word and bigram tokens, and each field's analysis.</summary>
public sealed record DocumentAnalysis(DocumentTokens Words, DocumentTokens Grams, IReadOnlyDictionary<string, AnalyzedText> Fields)
{
    /// <summary>
    /// Analyses every field of <paramref name="stored"/> with <paramref name="analyzer"/>: what the search index stores
    /// and what the site's in-memory index builds, so both rank alike.
    /// </summary>
    public static DocumentAnalysis Of(StoredPlaybook stored, Analyzer analyzer)
    {
        var words = new DocumentTokens();
        var grams = new DocumentTokens();
        var fields = new Dictionary<string, AnalyzedText>(StringComparer.Ordinal);
        for (var field = 0; field < IndexedFields.All.Count; field++)
        {
            var analysed = analyzer.Analyze(stored.Fields.GetValueOrDefault(IndexedFields.All[field]) ?? "");
            fields[IndexedFields.All[field]] = analysed;
            foreach (var term in analysed.Words)
                words.Add(term.Term, field);
            foreach (var term in analysed.Bigrams)
                grams.Add(term.Term, field);
        }
        return new DocumentAnalysis(words, grams, fields);
    }
}
