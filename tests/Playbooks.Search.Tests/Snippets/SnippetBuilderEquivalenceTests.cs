using Playbooks.Search.Evaluation;
using Playbooks.Search.Querying;
using Playbooks.Search.Ranking;
using Playbooks.Search.Snippets;
using Playbooks.Search.Storage;
using Playbooks.Search.Tests.Support;

namespace Playbooks.Search.Tests.Snippets;

/// <summary>
/// The snippet builder's matching was rewritten for speed (sorted structs and bit sets); what a user sees must not
/// change. Every bundled playbook is given to the builder and to <see cref="StraightforwardSnippets"/> (the builder as
/// it was) with the team queries and some awkward ones, and every snippet, highlight and coverage must be equal.
/// </summary>
public sealed class SnippetBuilderEquivalenceTests
{
    private static readonly string[] AwkwardQueries =
    [
        "貨外箱破了", // traditional characters, matched in simplified text
        "退钱", // a synonym marks 退费 / 退款 in the text
        "直播突然没声了（第1234次）", // a number no playbook holds, as the serve-load benchmark sends
        "群 群 群 刷屏 刷屏", // repeated words and single characters
        "live 直播 bug crash", // Latin words
        "。！？；", // punctuation only
    ];

    [Fact]
    public void Snippets_and_coverage_equal_the_straightforward_builder_on_every_bundled_playbook()
    {
        using var index = new TempKnowledgeBase(); // only its folder is used, for the index file
        using var engine = SearchEngine.Open(RepositoryPaths.Playbooks, index.IndexPath, clock: FixedClock.Today);
        using var store = IndexStore.Open(index.IndexPath);
        var docs = engine.Ids().Select(id => store.LoadById(id)!.Value.Doc).ToList();
        var texts = QuerySet.Load(RepositoryPaths.TeamQueries).Select(q => q.Text).Concat(AwkwardQueries)
            // A whole section as the query: more distinct terms than one 64-bit set holds.
            .Append(string.Join("。", docs.Take(3).SelectMany(d => d.Fields.Values)))
            .ToList();
        var fast = new SnippetBuilder(engine.Analyzer.Normalizer);
        var plain = new StraightforwardSnippets(engine.Analyzer.Normalizer);
        var compared = 0;

        foreach (var text in texts)
        {
            var terms = QueryTerms.From(engine.Analyzer.Analyze(text), engine.Lexicon, maxWords: 400, RankingWeights.Default.MaxBigramTerms);
            foreach (var doc in docs)
            {
                var (expected, expectedCoverage) = plain.Build(doc, terms);
                var (actual, actualCoverage) = fast.Build(doc, terms);
                Assert.True(Describe(expected) == Describe(actual), $"query “{text}”, playbook {doc.Id}:\nexpected {Describe(expected)}\nactual   {Describe(actual)}");
                Assert.Equal(expectedCoverage, actualCoverage);
                compared += expected.Count;
            }
        }
        Assert.True(compared > 1000, $"only {compared} snippets compared: the queries no longer match the bundled playbooks");
        Assert.Contains(texts, t => engine.Analyzer.Analyze(t).Words.Select(w => w.Term).Distinct().Count() > 64);
    }

    private static string Describe(IReadOnlyList<Snippet> snippets) =>
        string.Join(" | ", snippets.Select(s => $"[{s.Section}] {s.Text} {string.Join(",", s.Highlights.Select(h => $"{h[0]}+{h[1]}"))}"));
}
