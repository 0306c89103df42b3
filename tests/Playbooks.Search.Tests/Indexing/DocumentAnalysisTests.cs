using Playbooks.Search.Analysis;
using Playbooks.Search.Indexing;
using Playbooks.Search.Lexicons;
using Playbooks.Search.Postings;
using Playbooks.Search.Tests.Support;
using Playbooks.Search.Vocabulary;

namespace Playbooks.Search.Tests.Indexing;

/// <summary>
/// What the index writer stores (<see cref="DocumentAnalysis.TokensOf"/>, terms only) must be exactly what the full
/// analysis gives (<see cref="DocumentAnalysis.Of"/>, which the site and similar-playbook queries use): same terms,
/// same counts per field, same order, same lengths.
/// </summary>
public sealed class DocumentAnalysisTests
{
    [Theory]
    [InlineData("playbooks")]
    [InlineData("tests/corpora/second-team/playbooks")]
    [InlineData("tests/corpora/third-team/playbooks")]
    public void Indexed_tokens_equal_the_full_analysis_for_every_playbook_of_a_corpus_with_learned_words(string corpus)
    {
        var folder = Path.Combine(RepositoryPaths.Root, corpus);
        var playbooks = CorpusTexts.Playbooks(folder);
        using var files = new Analyzer(LexiconLoader.Load(folder, TextNormalizer.Shared));
        using var learned = VocabularyLearner.AnalyzerFor(playbooks, files);

        foreach (var analyzer in new[] { files, learned })
            foreach (var playbook in playbooks)
            {
                var full = DocumentAnalysis.Of(playbook, analyzer);
                var indexed = DocumentAnalysis.TokensOf(playbook, analyzer);

                Assert.True(Format(full.Words) == Format(indexed.Words), $"words of {playbook.Path}");
                Assert.True(Format(full.Grams) == Format(indexed.Grams), $"bigrams of {playbook.Path}");
                Assert.Empty(indexed.Fields);
            }
    }

    [Theory]
    [InlineData("playbooks")]
    [InlineData("tests/corpora/second-team/playbooks")]
    [InlineData("tests/corpora/third-team/playbooks")]
    public void Numbered_terms_of_a_full_build_equal_the_full_analysis_for_every_playbook_of_a_corpus(string corpus)
    {
        var folder = Path.Combine(RepositoryPaths.Root, corpus);
        var playbooks = CorpusTexts.Playbooks(folder);
        var lexicon = LexiconLoader.Load(folder, TextNormalizer.Shared);
        using var files = new Analyzer(lexicon, TextNormalizer.Shared, new SegmentationCache());
        using var learned = VocabularyLearner.AnalyzerFor(playbooks, files);
        using var uncached = new Analyzer(lexicon); // each text one piece, not kept
        TermIds wordIds = new(), gramIds = new();

        foreach (var analyzer in new[] { files, learned, uncached })
            // On two threads, each with its own counters, twice (the second pass finds every piece analysed), as a build does;
            // then as a later write does, with new term tables and the same cached pieces (numbered for the old tables).
            for (var pass = 1; pass <= 3; pass++)
            {
                if (pass == 3)
                    (wordIds, gramIds) = (new(), new());
                using var counters = new ThreadLocal<TermCounters>(() => new(wordIds, gramIds));
                var numbered = playbooks.AsParallel().AsOrdered().WithDegreeOfParallelism(2)
                    .Select(p => DocumentAnalysis.IndexedOf(p, analyzer, counters.Value!)).ToList();
                for (var i = 0; i < playbooks.Count; i++)
                {
                    var full = DocumentAnalysis.Of(playbooks[i], analyzer);
                    Assert.True(Format(full.Words) == Format(numbered[i].Words, wordIds), $"words of {playbooks[i].Path}, pass {pass}");
                    Assert.True(Format(full.Grams) == Format(numbered[i].Grams, gramIds), $"bigrams of {playbooks[i].Path}, pass {pass}");
                }
            }
    }

    [Fact]
    public void Indexed_tokens_of_empty_and_blank_fields_are_none()
    {
        using var analyzer = Analyzer.WithoutLexicon();
        var playbook = CorpusTexts.Playbooks(Path.Combine(RepositoryPaths.Root, "playbooks"))[0];
        var blank = playbook with { Fields = playbook.Fields.ToDictionary(f => f.Key, _ => " \n ") };

        var indexed = DocumentAnalysis.TokensOf(blank, analyzer);

        Assert.Equal(0, indexed.Words.Length);
        Assert.Equal(0, indexed.Grams.Length);
    }

    // Every term with its count in each field, in the order the writer sees them, and the length.
    private static string Format(DocumentTokens tokens) =>
        $"{tokens.Length}: " + string.Join(" ", tokens.Counts.Select(c => $"{c.Key}[{string.Join(",", Counts(c.Value))}]"));

    private static string Format(IndexedTerms terms, TermIds ids) =>
        $"{terms.Length}: " + string.Join(" ", terms.Ids.ToArray().Select((id, i) => $"{ids.Term(id)}[{string.Join(",", Counts(terms.Counts[i]))}]"));

    private static IEnumerable<ushort> Counts(FieldCounts counts)
    {
        for (var f = 0; f < FieldCounts.FieldCount; f++)
            yield return counts[f];
    }
}
