using Playbooks.Search.Analysis;
using Playbooks.Search.Postings;
using Playbooks.Search.Documents;

namespace Playbooks.Search.Indexing;

/// <summary>A playbook's indexed fields analysed: its word and bigram tokens, and each field's analysis.</summary>
public sealed record DocumentAnalysis(DocumentTokens Words, DocumentTokens Grams, IReadOnlyDictionary<string, AnalyzedText> Fields)
{
    /// <summary>
    /// Analyses every field of <paramref name="stored"/> with <paramref name="analyzer"/>: what the search index stores
    /// and what the site's in-memory index builds, so both rank alike.
    /// </summary>
    public static DocumentAnalysis Of(StoredPlaybook stored, Analyzer analyzer) => Analyse(stored, analyzer, keepFields: true);

    /// <summary>
    /// Only the tokens the index writer stores (<see cref="Fields"/> is empty): a build holds every playbook's analysis
    /// until its transaction commits, and keeping each field's tokens and offsets alive that long is mostly work for the
    /// garbage collector.
    /// </summary>
    public static DocumentAnalysis TokensOf(StoredPlaybook stored, Analyzer analyzer) => Analyse(stored, analyzer, keepFields: false);

    private static readonly IReadOnlyDictionary<string, AnalyzedText> NoFields = new Dictionary<string, AnalyzedText>();

    /// <summary>Terms a playbook's tables make room for at most before they grow (a 1 000-character playbook has ~1 000).</summary>
    private const int MaxPresizedTerms = 4096;

    // Per thread, reused field after field: TokensOf only needs the terms, not a list of them per field.
    [ThreadStatic] private static List<string>? _wordTerms;
    [ThreadStatic] private static List<string>? _gramTerms;

    /// <summary>
    /// What <see cref="TokensOf"/> gives, counted by term number in <paramref name="counters"/> (one per thread, reused):
    /// the form a full build writes, with no hash table per playbook.
    /// </summary>
    public static (IndexedTerms Words, IndexedTerms Grams) IndexedOf(StoredPlaybook stored, Analyzer analyzer, TermCounters counters)
    {
        counters.Clear();
        for (var field = 0; field < IndexedFields.All.Count; field++)
        {
            var name = IndexedFields.All[field];
            var text = stored.Fields.GetValueOrDefault(name);
            if (name == IndexedFields.Tags)
                AddAnalysed(analyzer.Analyze(text ?? ""), name, field, counters.Words, counters.Grams);
            else
                counters.Add(text, analyzer, field);
        }
        return counters.Take();
    }

    private static DocumentAnalysis Analyse(StoredPlaybook stored, Analyzer analyzer, bool keepFields)
    {
        // At most one bigram per character, and fewer words (one has at least one character, and most have two); a
        // bound on distinct terms that rarely needs to grow. Capped: a long file repeats its terms, and a batch of them
        // must not reserve tables for a million terms each.
        var characters = 0;
        foreach (var text in stored.Fields.Values)
            characters += text.Length;
        characters = Math.Min(characters, MaxPresizedTerms);
        var words = new DocumentTokens(characters / 2);
        var grams = new DocumentTokens(characters);
        var fields = keepFields ? new Dictionary<string, AnalyzedText>(StringComparer.Ordinal) : null;
        Analyse(stored, analyzer, fields, words, grams);
        return new DocumentAnalysis(words, grams, fields ?? NoFields);
    }

    /// <summary>Every field's terms into <paramref name="words"/> and <paramref name="grams"/>; each field's analysis into <paramref name="fields"/> when given.</summary>
    private static void Analyse<TSink>(StoredPlaybook stored, Analyzer analyzer, Dictionary<string, AnalyzedText>? fields, TSink words, TSink grams)
        where TSink : ITermSink
    {
        for (var field = 0; field < IndexedFields.All.Count; field++)
        {
            var name = IndexedFields.All[field];
            // Tags keep only the bigrams inside their words, which needs offsets: the full analysis (tags are a few words).
            if (fields is null && name != IndexedFields.Tags)
            {
                AddTerms(stored.Fields.GetValueOrDefault(name), analyzer, field, words, grams);
                continue;
            }
            var analysed = analyzer.Analyze(stored.Fields.GetValueOrDefault(name) ?? "");
            // Fields keeps the analysis a query of the same text gets (similar-playbook queries are built from it);
            // only what is indexed for tags differs.
            if (fields is not null)
                fields[name] = analysed;
            AddAnalysed(analysed, name, field, words, grams);
        }
    }

    private static void AddAnalysed<TSink>(AnalyzedText analysed, string name, int field, TSink words, TSink grams) where TSink : ITermSink
    {
        foreach (var term in analysed.Words)
            words.Add(term.Term, field);
        var indexed = name == IndexedFields.Tags ? TagWords.KeepBigramsInsideWords(analysed) : analysed;
        foreach (var term in indexed.Bigrams)
            grams.Add(term.Term, field);
    }

    private static void AddTerms<TSink>(string? text, Analyzer analyzer, int field, TSink words, TSink grams) where TSink : ITermSink
    {
        var wordTerms = _wordTerms ??= [];
        var gramTerms = _gramTerms ??= [];
        wordTerms.Clear();
        gramTerms.Clear();
        analyzer.Terms(text, wordTerms, gramTerms);
        foreach (var term in wordTerms)
            words.Add(term, field);
        foreach (var term in gramTerms)
            grams.Add(term, field);
    }
}
