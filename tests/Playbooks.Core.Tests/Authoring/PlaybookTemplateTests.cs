using Playbooks.Core.Authoring;
using Playbooks.Core.Diagnostics;
using Playbooks.Core.Model;
using Playbooks.Core.Parsing;

namespace Playbooks.Core.Tests.Authoring;

public sealed class PlaybookTemplateTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    private static PlaybookDraft Draft(string title = "直播间突然黑屏") => new()
    {
        Id = "zhibojian-heiping",
        Title = title,
        Category = "内容运营",
        Severity = Severity.High,
        Tags = ["黑屏", "断播"],
        Owner = "直播运营主管",
        Updated = Today,
    };

    [Fact]
    public void Writes_complete_front_matter_marked_as_a_draft_updated_today()
    {
        var text = PlaybookTemplate.Render(Draft());

        Assert.StartsWith("""
            ---
            id: zhibojian-heiping
            title: 直播间突然黑屏
            category: 内容运营
            tags: [黑屏, 断播]
            severity: 高
            owner: 直播运营主管
            updated: 2026-11-21
            draft: true
            ---

            # 直播间突然黑屏

            ## 背景

            """.ReplaceLineEndings("\n"), text);
    }

    [Fact]
    public void Puts_a_guidance_comment_under_each_of_the_five_headings()
    {
        var text = PlaybookTemplate.Render(Draft());

        foreach (var kind in SectionKinds.All)
            Assert.Contains($"## {kind.ChineseName()}\n\n{SectionGuidance.Comment(kind)}\n", text);
        Assert.Contains("<!-- 至少四个编号步骤（1. 2. 3.），每步写清谁来做、多久内完成", text);
    }

    [Fact]
    public void Guidance_never_contains_a_double_hyphen_that_would_end_the_comment()
    {
        Assert.All(SectionKinds.All, kind => Assert.DoesNotContain("--", SectionGuidance.For(kind)));
    }

    [Fact]
    public void Parses_without_errors_and_only_warns_about_the_empty_draft_sections()
    {
        var parsed = new PlaybookParser(FixedClock.Today).Parse("zhibojian-heiping.md", PlaybookTemplate.Render(Draft()));

        Assert.False(parsed.HasErrors);
        Assert.Equal(Enumerable.Repeat(FindingCodes.EmptySection, 5), parsed.Findings.Select(f => f.Code));
        Assert.All(parsed.Findings, f => Assert.Equal(FindingLevel.Warning, f.Level));
        var playbook = parsed.Playbook!;
        Assert.True(playbook.Draft);
        Assert.Equal((Severity.High, Today, "直播运营主管"), (playbook.Severity!.Value, playbook.Updated!.Value, playbook.Owner));
        Assert.Equal(SectionKinds.All, playbook.Sections.Select(s => s.Kind));
    }

    [Fact]
    public void Writes_known_section_text_after_the_guidance()
    {
        var draft = Draft() with
        {
            Sections = new Dictionary<SectionKind, string> { [SectionKind.Handling] = "1. 切到备用推流。\n2. 在评论区说明情况。" },
        };

        var parsed = new PlaybookParser(FixedClock.Today).Parse("zhibojian-heiping.md", PlaybookTemplate.Render(draft));

        Assert.Equal(["切到备用推流。", "在评论区说明情况。"], parsed.Playbook!.HandlingSteps);
        Assert.False(parsed.Playbook.Section(SectionKind.Handling)!.IsEmpty);
    }

    [Theory]
    [InlineData("案例：直播翻车")]
    [InlineData("【紧急】群里有人发 #违规 链接")]
    [InlineData("\"退钱\"刷屏")]
    [InlineData("- 开头是短横线")]
    [InlineData("true")]
    [InlineData("2026-11-21")]
    [InlineData("618")]
    public void Quotes_titles_that_YAML_would_misread(string title)
    {
        var parsed = new PlaybookParser(FixedClock.Today).Parse("zhibojian-heiping.md", PlaybookTemplate.Render(Draft(title)));

        Assert.False(parsed.HasErrors, string.Join("\n", parsed.Findings));
        Assert.Equal(title, parsed.Playbook!.Title);
    }

    [Fact]
    public void Quotes_tags_that_would_break_a_flow_list()
    {
        var draft = Draft() with { Tags = ["a,b", "[炸群]", "普通"] };

        var parsed = new PlaybookParser(FixedClock.Today).Parse("zhibojian-heiping.md", PlaybookTemplate.Render(draft));

        Assert.Equal(["a,b", "[炸群]", "普通"], parsed.Playbook!.Tags);
    }

    [Fact]
    public void Leaves_unknown_fields_empty_with_a_hint_so_lint_points_at_them()
    {
        var draft = new PlaybookDraft { Id = "untitled-case", Title = "未命名案例 1", Updated = Today };

        var text = PlaybookTemplate.Render(draft);
        var parsed = new PlaybookParser(FixedClock.Today).Parse("untitled-case.md", text);

        Assert.Contains("severity:  # 待填写：低 / 中 / 高 / 严重\n", text);
        Assert.Contains("tags: []  # 待填写：3–8 个值班同学会说的词，如 [刷屏, 广告, 炸群]\n", text);
        Assert.False(parsed.HasErrors);
        Assert.Equal(["category", "severity", "owner"],
            parsed.Findings.Where(f => f.Code == FindingCodes.MissingField).Select(f => f.Message[3..f.Message.IndexOf('（')].Trim()));
    }
}
