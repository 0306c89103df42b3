using Playbooks.Core.Authoring;
using Playbooks.Core.Model;
using Playbooks.Search.Tests.Support;

namespace Playbooks.Search.Tests.Authoring;

/// <summary>A fresh draft from <c>playbooks new</c> is searchable by what the lead wrote, never by the template's hints.</summary>
public sealed class GuidanceIndexingTests : IDisposable
{
    private readonly TempKnowledgeBase _kb = new();

    public void Dispose() => _kb.Dispose();

    [Fact]
    public void A_new_draft_is_found_by_its_title_and_not_by_its_guidance_comments()
    {
        _kb.Write("zhibojian-heiping.md", PlaybookTemplate.Render(new PlaybookDraft
        {
            Id = "zhibojian-heiping", Title = "直播间突然黑屏", Category = "内容运营", Severity = Severity.High,
            Tags = ["黑屏"], Owner = "直播运营主管", Updated = new DateOnly(2026, 11, 21),
        }));

        using var engine = _kb.Open();

        Assert.Empty(engine.LastRefresh.Skipped);
        Assert.Equal(["zhibojian-heiping"], engine.Search("直播黑屏").Results.Select(r => r.Id));
        Assert.Empty(engine.Search("编号步骤 谁来做 多久内完成 阈值 上报对象").Results);
        Assert.All(engine.Search("直播黑屏").Results[0].Snippets, s => Assert.DoesNotContain("<!--", s.Text));
    }
}
