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

    private static IEnumerable<ushort> Counts(FieldCounts counts)
    {
        for (var f = 0; f < FieldCounts.FieldCount; f++)
            yield return counts[f];
    }
}
