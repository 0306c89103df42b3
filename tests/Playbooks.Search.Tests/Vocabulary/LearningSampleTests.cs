using Playbooks.Search.Analysis;
using Playbooks.Search.Documents;
using Playbooks.Search.Lexicons;
using Playbooks.Search.Tests.Support;
using Playbooks.Search.Vocabulary;

namespace Playbooks.Search.Tests.Vocabulary;

public sealed class LearningSampleTests : IDisposable
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "tests/corpora/second-team/playbooks");
    private readonly IReadOnlyList<StoredPlaybook> _playbooks = CorpusTexts.Playbooks(Folder);
    private readonly Analyzer _analyzer = new(LexiconLoader.Load(Folder, TextNormalizer.Shared));

    public void Dispose() => _analyzer.Dispose();

    private long Characters => _playbooks.Sum(LearningSample.CharactersOf);

    [Fact]
    public void Learns_from_every_playbook_with_the_same_figures_while_the_text_is_within_the_cap()
    {
        var sample = LearningSample.Of(_playbooks, Characters);

        Assert.True(sample.IsWhole);
        Assert.Same(_playbooks, sample.Playbooks);
        Assert.Equal(VocabularyLearner.Learn(_playbooks, _analyzer, characterCap: long.MaxValue),
            VocabularyLearner.Learn(_playbooks, _analyzer, characterCap: Characters));
    }

    [Fact]
    public void Every_knowledge_base_we_evaluate_on_is_far_below_the_default_cap()
    {
        // The largest set the quality figures use: the bundled playbooks beside the second team's.
        var bundled = CorpusTexts.Playbooks(Path.Combine(RepositoryPaths.Root, "playbooks"));

        List<StoredPlaybook> all = [.. bundled, .. _playbooks];

        Assert.True(LearningSample.Of(all).IsWhole);
        Assert.True(all.Sum(LearningSample.CharactersOf) * 10 < LearningSample.DefaultCharacterCap);
    }

    [Fact]
    public void Past_the_cap_learns_statistics_from_whole_playbooks_within_it()
    {
        var sample = LearningSample.Of(_playbooks, Characters / 4);

        Assert.False(sample.IsWhole);
        Assert.InRange(sample.Playbooks.Count, 1, _playbooks.Count / 2);
        Assert.True(sample.Playbooks.Sum(LearningSample.CharactersOf) <= Characters / 4);
        Assert.InRange(sample.Fraction, 0.1, 0.25);
    }

    [Fact]
    public void Samples_the_same_playbooks_whatever_their_order()
    {
        var reversed = _playbooks.Reverse().ToList();

        Assert.Equal(
            LearningSample.Of(_playbooks, Characters / 4).Playbooks.Select(p => p.Id).Order(),
            LearningSample.Of(reversed, Characters / 4).Playbooks.Select(p => p.Id).Order());
        Assert.Equal(
            VocabularyLearner.Learn(_playbooks, _analyzer, characterCap: Characters / 4).Select(w => w.Word),
            VocabularyLearner.Learn(reversed, _analyzer, characterCap: Characters / 4).Select(w => w.Word));
    }

    [Fact]
    public void An_edit_to_a_playbook_outside_the_sample_changes_neither_the_sample_nor_the_learned_words()
    {
        var cap = Characters / 4;
        var sampled = LearningSample.Of(_playbooks, cap).Playbooks.Select(p => p.Id).ToHashSet();
        var outside = _playbooks.First(p => !sampled.Contains(p.Id));
        var fields = new Dictionary<string, string>(outside.Fields)
        {
            [IndexedFields.Background] = outside.Fields[IndexedFields.Background] + string.Concat(Enumerable.Repeat("凌晨有人在群里连发私域流量广告，私域流量运营紧急处理。", 40)),
        };
        var edited = _playbooks.Select(p => p == outside ? p with { Fields = fields } : p).ToList();

        Assert.Equal(sampled, LearningSample.Of(edited, cap).Playbooks.Select(p => p.Id).ToHashSet());
        Assert.Equal(VocabularyLearner.Learn(_playbooks, _analyzer, characterCap: cap),
            VocabularyLearner.Learn(edited, _analyzer, characterCap: cap));
    }

    [Fact]
    public void Still_learns_the_tags_titles_and_bold_terms_of_playbooks_outside_the_sample()
    {
        var cap = Characters / 4;
        var sampled = LearningSample.Of(_playbooks, cap).Playbooks.Select(p => p.Id).ToHashSet();
        var explicitWords = VocabularyLearner.Learn(_playbooks, _analyzer, characterCap: long.MaxValue)
            .Where(w => w.Source != WordSource.Statistics).ToList();
        var fromOutside = explicitWords.Where(w => !_playbooks.Where(p => sampled.Contains(p.Id)).Any(p => Names(p, w.Word))).ToList();

        var learned = VocabularyLearner.Learn(_playbooks, _analyzer, characterCap: cap).ToDictionary(w => w.Word, w => w.Source);

        Assert.NotEmpty(fromOutside);
        Assert.All(explicitWords, w => Assert.Equal(w.Source, learned.GetValueOrDefault(w.Word, WordSource.Statistics)));

        static bool Names(StoredPlaybook p, string word) =>
            p.Tags.Any(t => t.Contains(word)) || p.Title.Contains(word) || p.BoldTerms.Any(b => b.Contains(word));
    }
}
