using Playbooks.Core.Authoring;
using Playbooks.Core.Authoring.Import;
using Playbooks.Core.Model;
using Playbooks.Core.Parsing;

namespace Playbooks.Core.Tests.Authoring;

public sealed class ImportPlannerTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    /// <summary>Stands in for the pinyin suggester (which needs ICU): the title's ASCII words.</summary>
    private sealed class AsciiSuggester : IIdSuggester
    {
        public string Suggest(string title) => IdSlug.FromWords(title.Split(' '));
    }

    private static ImportResult Article(params string[] titles) => CaseImporter.Parse(
        string.Concat(titles.Select((t, i) => $"{i + 1}、{t}\n【社群背景】\n群里出事了。\n【处理方法】\n1.禁言\n2.澄清\n")), "article.txt");

    [Fact]
    public void Gives_each_case_an_id_from_its_title_and_a_path_in_the_folder()
    {
        var plan = ImportPlanner.Plan(Article("bot flood", "refund wave"), new ImportOptions("article.txt", Today, "community"), new IdRegistry(), new AsciiSuggester());

        Assert.Equal(["community/bot-flood.md", "community/refund-wave.md"], plan.Select(d => d.RelativePath));
        Assert.All(plan, d => Assert.Null(d.TakenBy));
    }

    [Fact]
    public void Adds_a_suffix_when_the_id_is_taken_and_says_by_which_file()
    {
        var ids = new IdRegistry();
        ids.Reserve("bot-flood", "playbooks/community/bot-flood.md");

        var plan = ImportPlanner.Plan(Article("bot flood", "bot flood"), new ImportOptions("article.txt", Today), ids, new AsciiSuggester());

        Assert.Equal(["bot-flood-2", "bot-flood-3"], plan.Select(d => d.Draft.Id));
        Assert.Equal(["playbooks/community/bot-flood.md", "playbooks/community/bot-flood.md"], plan.Select(d => d.TakenBy));
        Assert.Equal("bot-flood-2.md", plan[0].RelativePath);
    }

    [Fact]
    public void Skips_a_case_whose_title_the_knowledge_base_has_and_reserves_no_id_for_it()
    {
        var titles = new TitleRegistry();
        titles.Add("bot  flood", "playbooks/community/bot-flood.md"); // spacing differs from the article's title

        var plan = ImportPlanner.Plan(Article("bot flood", "refund wave"), new ImportOptions("article.txt", Today), new IdRegistry(), new AsciiSuggester(), titles);

        Assert.Equal([(true, "playbooks/community/bot-flood.md"), (false, null)], plan.Select(d => (d.Skipped, d.DuplicateOf)));
        Assert.Equal("refund-wave", plan[1].Draft.Id);
    }

    [Fact]
    public void Keeps_a_duplicate_as_a_suffixed_copy_when_asked()
    {
        var ids = new IdRegistry();
        ids.Reserve("bot-flood", "playbooks/community/bot-flood.md");
        var titles = new TitleRegistry();
        titles.Add("bot flood", "playbooks/community/bot-flood.md");

        var draft = ImportPlanner.Plan(Article("bot flood"), new ImportOptions("article.txt", Today) { KeepDuplicates = true }, ids, new AsciiSuggester(), titles).Single();

        Assert.Equal((false, "playbooks/community/bot-flood.md", "bot-flood-2"), (draft.Skipped, draft.DuplicateOf, draft.Draft.Id));
    }

    [Fact]
    public void Drafts_carry_the_given_fields_the_source_and_only_the_parts_with_text()
    {
        var options = new ImportOptions("article.txt", Today) { Category = "社群运营", Severity = Severity.Medium, Owner = "社群运营主管", Tags = ["刷屏"] };

        var draft = ImportPlanner.Plan(Article("bot flood"), options, new IdRegistry(), new AsciiSuggester()).Single();

        Assert.Equal(("社群运营", Severity.Medium, "社群运营主管"), (draft.Draft.Category, draft.Draft.Severity!.Value, draft.Draft.Owner));
        Assert.Equal("article.txt 第 1 行（案例 1）", draft.Draft.Source);
        Assert.Equal([SectionKind.Background, SectionKind.Handling], draft.Draft.Sections.Keys.Order());
        var parsed = new PlaybookParser(FixedClock.Today).Parse("bot-flood.md", draft.Text);
        Assert.False(parsed.HasErrors, string.Join("\n", parsed.Findings));
        Assert.Equal(["禁言", "澄清"], parsed.Playbook!.HandlingSteps);
    }
}
