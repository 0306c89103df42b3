using Playbooks.Application.Tests.Support;
using Playbooks.Core;
using Playbooks.Core.KnowledgeBase;
using Playbooks.Search.Indexing;

namespace Playbooks.Application.Tests;

public sealed class KnowledgeBaseTests : IDisposable
{
    private readonly SmallKnowledgeBase _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Lint_reports_the_teams_lexicon_problems_at_their_file_and_line()
    {
        // A word in two synonym groups used to be dropped from one of them without a word to the team.
        Directory.CreateDirectory(Path.Combine(_folder.WorkingDirectory, "kb", "lexicon"));
        File.WriteAllText(Path.Combine(_folder.WorkingDirectory, "kb", "lexicon", "synonyms.txt"), "退费 退学费 退钱\n退钱 退款 返款\n");
        using var knowledgeBase = _folder.Open();

        var findings = knowledgeBase.Lint().Findings.Where(f => f.Path.Contains("lexicon")).ToList();

        var finding = Assert.Single(findings);
        Assert.Equal(("kb/lexicon/synonyms.txt", 2, "lexicon"), (finding.Path, finding.Line, finding.Code));
        Assert.StartsWith("“退钱”已在第 1 行的同义词组里", finding.Message);
    }

    [Fact]
    public void Search_shows_result_paths_as_the_folder_was_given()
    {
        using var knowledgeBase = _folder.Open();

        var response = knowledgeBase.Search("群里有人刷屏发广告");

        Assert.Contains(response.Results, r => r.Path == "kb/community/bot-flood.md");
        Assert.All(response.Results, r => Assert.True(File.Exists(Path.Combine(_folder.WorkingDirectory, r.Path)), r.Path));
    }

    [Fact]
    public void Similar_leaves_the_playbook_out_and_shows_paths_as_the_folder_was_given()
    {
        using var knowledgeBase = _folder.Open();

        var response = knowledgeBase.Similar(" bot-flood ");

        Assert.Equal("member-ad-spam", response.Results[0].Id);
        Assert.Equal("kb/community/member-ad-spam.md", response.Results[0].Path);
        Assert.DoesNotContain(response.Results, r => r.Id == "bot-flood");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void Search_and_similar_refuse_a_limit_outside_one_to_a_hundred_before_opening_the_index(int limit)
    {
        using var knowledgeBase = _folder.Open();

        Assert.Equal("bad-limit", Assert.Throws<PlaybooksException>(() => knowledgeBase.Search("刷屏", limit)).Code);
        Assert.Equal("bad-limit", Assert.Throws<PlaybooksException>(() => knowledgeBase.Similar("bot-flood", limit)).Code);
        Assert.False(File.Exists(_folder.IndexPath));
    }

    [Fact]
    public void Search_returns_up_to_the_limit_asked_for()
    {
        using var knowledgeBase = _folder.Open();

        Assert.Single(knowledgeBase.Search("刷屏广告", limit: 1).Results);
        Assert.True(knowledgeBase.Search("刷屏广告", limit: ResultLimit.Max).Results.Count >= 2);
    }

    [Fact]
    public void Similar_to_an_unknown_id_names_the_closest_ids()
    {
        using var knowledgeBase = _folder.Open();

        var error = Assert.Throws<PlaybooksException>(() => knowledgeBase.Similar("bot-flod"));

        Assert.Equal(("找不到 id 为“bot-flod”的预案", "unknown-id"), (error.Message, error.Code));
        Assert.StartsWith("最接近的 id：bot-flood。", error.Remedy);
    }

    [Fact]
    public void Show_finds_a_playbook_or_guide_by_id_ignoring_surrounding_spaces()
    {
        using var knowledgeBase = _folder.Open();

        Assert.Equal("机器人小号涌进群里刷屏发广告", knowledgeBase.Show("  bot-flood\t").Title);
        Assert.Equal("第一周读什么", knowledgeBase.Show("first-week").Title);
    }

    [Fact]
    public void Show_of_an_unknown_id_gives_the_same_error_as_similar()
    {
        using var knowledgeBase = _folder.Open();

        var shown = Assert.Throws<PlaybooksException>(() => knowledgeBase.Show("price-eror"));
        var similar = Assert.Throws<PlaybooksException>(() => knowledgeBase.Similar("price-eror"));

        Assert.Equal((similar.Message, similar.Remedy, similar.Code), (shown.Message, shown.Remedy, shown.Code));
        Assert.Contains("price-error", shown.Remedy);
    }

    [Fact]
    public void List_gives_playbooks_by_category_then_id_and_guides_only_when_asked()
    {
        using var knowledgeBase = _folder.Open();

        // Categories in ordinal order: 电商运营 before 社群运营.
        Assert.Equal(["price-error", "bot-flood", "member-ad-spam"], knowledgeBase.List().Select(p => p.Id));
        Assert.Equal(["price-error", "bot-flood", "member-ad-spam", "first-week"], knowledgeBase.List(includeGuides: true).Select(p => p.Id));
    }

    [Fact]
    public void Reading_never_builds_the_index()
    {
        using var knowledgeBase = _folder.Open();

        knowledgeBase.Show("bot-flood");
        knowledgeBase.List(includeGuides: true);
        knowledgeBase.Lint();

        Assert.False(File.Exists(_folder.IndexPath));
    }

    [Fact]
    public void The_front_end_hears_of_every_load_for_reading_but_not_of_lint()
    {
        var loads = new List<LoadedKnowledgeBase>();
        using var knowledgeBase = _folder.Open(o => o with { Loaded = loads.Add });

        knowledgeBase.Show("bot-flood");
        knowledgeBase.List();
        knowledgeBase.Lint();

        Assert.Equal(2, loads.Count);
        Assert.All(loads, l => Assert.Equal(SmallKnowledgeBase.Folder, l.Root));
    }

    [Fact]
    public void The_front_end_hears_of_the_index_once_when_the_first_search_opens_it()
    {
        var refreshes = new List<RefreshReport>();
        using var knowledgeBase = _folder.Open(o => o with { Opened = refreshes.Add });

        knowledgeBase.Search("刷屏");
        knowledgeBase.Similar("bot-flood");

        Assert.Equal(3, Assert.Single(refreshes).Added);
    }

    [Fact]
    public void Lint_reports_the_problems_of_every_file()
    {
        _folder.Write("user/broken.md", "---\nid: broken\ntitle: 没写完\n---\n\n## 背景\n\n只有背景。\n");
        using var knowledgeBase = _folder.Open();

        var linted = knowledgeBase.Lint();

        Assert.Contains(linted.Findings, f => f.Path == "kb/user/broken.md" && f.IsError);
    }

    [Fact]
    public void A_missing_folder_is_the_user_situation_and_the_remedy_names_no_option()
    {
        using var knowledgeBase = _folder.Open(o => o with { Folder = "nowhere" });

        var loading = Assert.Throws<PlaybooksException>(() => knowledgeBase.Load());
        var searching = Assert.Throws<PlaybooksException>(() => knowledgeBase.Search("刷屏"));

        Assert.Equal(("missing-directory", "missing-directory"), (loading.Code, searching.Code));
        Assert.DoesNotContain("--", loading.Remedy);
        Assert.DoesNotContain("--", searching.Remedy);
    }

    [Fact]
    public void A_folder_without_playbooks_is_refused_in_words_that_name_no_option()
    {
        _folder.Write("../notes/readme.txt", "不是预案");
        using var knowledgeBase = _folder.Open(o => o with { Folder = "notes", IndexPath = null });

        var error = Assert.Throws<PlaybooksException>(() => knowledgeBase.Search("刷屏"));

        Assert.Equal("not-a-knowledge-base", error.Code);
        Assert.DoesNotContain("--", error.Remedy);
        Assert.False(Directory.Exists(Path.Combine(_folder.WorkingDirectory, "notes", ".cache")));
    }
}
