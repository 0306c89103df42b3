using Playbooks.Core.Authoring;
using Playbooks.Search.Evaluation;
using Playbooks.Search.Tests.Support;

namespace Playbooks.Search.Tests.Ranking;

/// <summary>
/// Drafts and empty playbooks (a fresh <c>playbooks new</c> skeleton) rank after every written playbook that matches,
/// and are still found when nothing written matches; a front end shows the steps of the first result that has any.
/// </summary>
public sealed class UnwrittenRankingTests : IDisposable
{
    private readonly TempKnowledgeBase _kb = new();

    public void Dispose() => _kb.Dispose();

    /// <summary>A skeleton exactly as <c>playbooks new</c> writes it: title, tags and template hints only.</summary>
    private static string NewSkeleton(string id, string title, params string[] tags) => PlaybookTemplate.Render(new PlaybookDraft
    {
        Id = id, Title = title, Category = "社群运营", Severity = Core.Model.Severity.High, Tags = tags, Owner = "社群运营主管",
        Updated = new DateOnly(2026, 11, 20),
    });

    [Fact]
    public void An_empty_new_draft_never_ranks_above_a_written_sop()
    {
        // Arrange: the bundled knowledge base plus, for each dev query, a skeleton titled and tagged with the query
        // itself: the strongest match a title can be.
        if (!File.Exists(RepositoryPaths.DevQueries))
            Assert.Skip($"no dev query set at {RepositoryPaths.DevQueries} (it lives in shared/, beside the repository)");
        CopyBundledPlaybooks();
        var queries = QuerySet.Load(RepositoryPaths.DevQueries).Select(q => q.Text).ToList();
        for (var i = 0; i < queries.Count; i++)
            _kb.Write($"drafts/new-draft-{i}.md", NewSkeleton($"new-draft-{i}", queries[i], queries[i]));

        using var engine = _kb.Open();

        // Act + Assert: in every result list, no skeleton comes before a written playbook.
        foreach (var query in queries)
        {
            var results = engine.Search(query, 10).Results;
            var firstDraft = results.ToList().FindIndex(r => r.Id.StartsWith("new-draft-", StringComparison.Ordinal));
            var lastWritten = results.ToList().FindLastIndex(r => !r.Id.StartsWith("new-draft-", StringComparison.Ordinal));
            Assert.True(firstDraft < 0 || firstDraft > lastWritten, $"“{query}”: {string.Join(", ", results.Select(r => r.Id))}");
            Assert.False(results[0].Id.StartsWith("new-draft-", StringComparison.Ordinal), query);
            Assert.NotEmpty(results[0].HandlingSteps);
        }
    }

    [Fact]
    public void A_draft_is_still_found_when_nothing_written_matches_and_the_steps_come_from_the_first_result_with_some()
    {
        _kb.WriteAll([FixtureCorpus.BotFlood, FixtureCorpus.AdSpam]);
        _kb.Write("spam-draft.md", NewSkeleton("spam-draft", "量子纠缠刷屏", "量子纠缠"));

        using var engine = _kb.Open();
        var response = engine.Search("量子纠缠");
        var mixed = engine.Search("量子纠缠刷屏");

        Assert.Equal(["spam-draft"], response.Results.Select(r => r.Id));
        Assert.Null(response.HandlingSource);
        Assert.Equal("spam-draft", mixed.Results[^1].Id);
        Assert.Same(mixed.Results[0], mixed.HandlingSource);
    }

    [Fact]
    public void A_written_playbook_marked_draft_ranks_after_written_ones_but_keeps_its_order_among_drafts()
    {
        _kb.WriteAll([FixtureCorpus.BotFlood, FixtureCorpus.AdSpam with { }]);
        _kb.Write("bot-flood-draft.md", FixtureCorpus.BotFlood.ToString().Replace("id: bot-flood", "id: bot-flood-draft").Replace("---\n\n", "draft: true\n---\n\n"));

        using var engine = _kb.Open();

        var ids = engine.Search("机器人号进群刷屏发广告").Results.Select(r => r.Id).ToList();
        Assert.Equal(["bot-flood", "member-ad-spam", "bot-flood-draft"], ids);
    }

    [Fact]
    public void Similar_lists_put_drafts_last_too()
    {
        _kb.WriteAll([FixtureCorpus.BotFlood, FixtureCorpus.AdSpam]);
        _kb.Write("spam-draft.md", NewSkeleton("spam-draft", "机器人号进群刷屏发广告", "刷屏", "广告", "机器人"));

        using var engine = _kb.Open();

        Assert.Equal(["member-ad-spam", "spam-draft"], engine.Similar("bot-flood").Results.Select(r => r.Id));
    }

    private void CopyBundledPlaybooks()
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Playbooks, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepositoryPaths.Playbooks, file);
            if (!relative.StartsWith('.'))
                _kb.Write(relative, File.ReadAllText(file));
        }
    }
}
