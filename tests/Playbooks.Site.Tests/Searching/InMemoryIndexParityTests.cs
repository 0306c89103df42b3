using Playbooks.Core.KnowledgeBase;
using Playbooks.Search.Evaluation;
using Playbooks.Search.Querying;
using Playbooks.Search.Ranking;
using Playbooks.Site.Searching;
using Playbooks.Site.Tests.Support;

namespace Playbooks.Site.Tests.Searching;

/// <summary>
/// The site's in-memory index (what the browser's search.js and the related lists rank over) ranks exactly like the
/// CLI's index read from SQLite: same tokens, lengths, postings and spellings, through the same <see cref="Ranker"/>.
/// </summary>
public sealed class InMemoryIndexParityTests(Sites sites)
{
    [Fact]
    public async Task Ranks_the_team_query_set_exactly_as_the_cli() =>
        AssertSameRanking(await sites.Bundled, QuerySet.Load(RepositoryPaths.TeamQueries));

    [Fact]
    public async Task Ranks_another_teams_queries_on_their_knowledge_base_exactly_as_the_cli()
    {
        if (RepositoryPaths.SecondTeamQuerySets.Count == 0)
            Assert.Skip(RepositoryPaths.SecondTeamAbsent);
        var site = await sites.SecondTeam;

        foreach (var file in RepositoryPaths.SecondTeamQuerySets)
            AssertSameRanking(site, QuerySet.Load(file));
    }

    [Fact]
    public async Task Ranks_the_third_teams_queries_on_their_knowledge_base_exactly_as_the_cli() =>
        AssertSameRanking(await sites.ThirdTeam, QuerySet.Load(RepositoryPaths.ThirdTeamQueries));

    [Fact]
    public async Task Ranks_the_fourth_teams_queries_on_their_knowledge_base_exactly_as_the_cli() =>
        AssertSameRanking(await sites.FourthTeam, QuerySet.Load(RepositoryPaths.FourthTeamQueries));

    private static void AssertSameRanking(BuiltSite site, IReadOnlyList<LabelledQuery> queries)
    {
        var (index, ranker) = Build(site);
        foreach (var query in queries)
        {
            var expected = site.Engine.Search(query.Text, Evaluator.Depth).Results.Select(r => r.Id).ToList();
            var terms = QueryTerms.From(site.Engine.Analyzer.Analyze(query.Text), site.Engine.Lexicon, RankingWeights.Default.MaxWordTerms, RankingWeights.Default.MaxBigramTerms);
            var actual = ranker.Rank(index.Ranking, terms, Evaluator.Depth).Select(r => index.Playbooks[r.Doc].Id).ToList();
            Assert.True(expected.SequenceEqual(actual), $"{query.Id} {query.Text}\n  cli:     {string.Join(", ", expected)}\n  site:    {string.Join(", ", actual)}");
        }
    }

    [Fact]
    public async Task Related_lists_equal_similar_for_every_playbook()
    {
        var site = await sites.Bundled;
        var (index, ranker) = Build(site);

        var related = RelatedPlaybooks.Compute(index, ranker, limit: 5);

        foreach (var playbook in site.Playbooks)
            Assert.Equal(site.Engine.Similar(playbook.Id).Results.Select(r => r.Id), related[playbook.Id]);
    }

    [Fact]
    public async Task Pinyin_spelling_finds_a_homophone_typo()
    {
        var site = await sites.Bundled;
        var (index, ranker) = Build(site);

        // 节图 is a typo for 截图 (screenshot): only the pinyin representation can connect them.
        var terms = QueryTerms.From(site.Engine.Analyzer.Analyze("运营回复被节图发到网上"), site.Engine.Lexicon, 64, 128);
        var top = index.Playbooks[ranker.Rank(index.Ranking, terms, 5)[0].Doc].Id;

        Assert.Contains(terms.Spellings, s => s.Bigram == "节图" && s.Pinyin == "jietu");
        Assert.Equal(site.Engine.Search("运营回复被节图发到网上").Results[0].Id, top);
    }

    private static (TermIndex Index, Ranker Ranker) Build(BuiltSite site)
    {
        var index = TermIndex.Build(new KnowledgeBaseLoader().Load(site.KnowledgeBase).Valid, site.Engine.Analyzer, RankingWeights.Default);
        return (index, new Ranker(RankingWeights.Default));
    }
}
