using Playbooks.Core.Authoring;
using Playbooks.Site.Tests.Support;

namespace Playbooks.Site.Tests.Generation;

/// <summary>
/// A team's knowledge base written its own way: severities such as 紧急, P0 or one no scale knows, and a fresh
/// <c>playbooks new</c> draft. Every playbook gets its catalog card and page; the catalog and search pages say how
/// many have metadata problems; the offline index ranks the draft after written playbooks.
/// </summary>
public sealed class MetadataToleranceTests : IAsyncLifetime
{
    private readonly TempDirectory _kb = new();
    private BuiltSite _site = default!;

    private static string Playbook(string id, string title, string severity) => $"""
        ---
        id: {id}
        title: {title}
        category: 内容运营
        tags: [直播]
        severity: {severity}
        owner: 直播运营
        updated: 2026-11-01
        ---
        ## 背景
        {title}，观众在评论区刷屏。
        ## 风险源头
        推流设备没有备份。
        ## 激化情况
        五分钟没有恢复。
        ## 处理方法
        1. 切换备用推流。
        2. 在评论区置顶说明。
        ## 复盘反思
        每场直播前检查备份线路。
        """;

    private void Write(string relative, string text)
    {
        var path = _kb.Combine(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public async ValueTask InitializeAsync()
    {
        Write("kb/live/urgent.md", Playbook("urgent", "直播间突然断流", "紧急"));
        Write("kb/live/p-zero.md", Playbook("p-zero", "直播间被封禁", "P0"));
        Write("kb/live/odd.md", Playbook("odd", "直播间弹幕失控", "超高"));
        Write("kb/live/fresh-draft.md", PlaybookTemplate.Render(new PlaybookDraft
        {
            Id = "fresh-draft", Title = "直播间突然断流", Updated = new DateOnly(2026, 11, 20),
        }));
        _site = await BuiltSite.BuildAsync(_kb.Combine("kb"));
    }

    public ValueTask DisposeAsync()
    {
        _site.Dispose();
        _kb.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public void Every_playbook_has_its_card_and_page_whatever_its_severity()
    {
        var catalog = _site.Html("catalog.html");

        var cards = catalog.QuerySelectorAll("[data-playbook-id]").Select(c => c.GetAttribute("data-playbook-id")).ToHashSet();
        Assert.Superset(new HashSet<string?> { "urgent", "p-zero", "odd", "fresh-draft" }, cards);
        Assert.All(["urgent", "p-zero", "odd", "fresh-draft"], id => Assert.True(_site.Exists($"playbooks/{id}.html"), id));
    }

    [Fact]
    public void Badges_show_the_teams_label_coloured_by_its_level_and_unknown_ones_as_unrated()
    {
        var catalog = _site.Html("catalog.html");

        string Badge(string id) => catalog.QuerySelector($"[data-playbook-id='{id}'] .sev")!.ClassName + " " +
            catalog.QuerySelector($"[data-playbook-id='{id}'] .sev")!.TextContent;
        Assert.Equal("sev sev-critical 严重程度：P0", Badge("p-zero"));
        Assert.Equal("sev sev-critical 严重程度：紧急", Badge("urgent"));
        Assert.Equal("sev sev-unrated 严重程度：超高（未定级）", Badge("odd"));
    }

    [Fact]
    public void Catalog_and_search_pages_note_how_many_playbooks_have_metadata_problems()
    {
        const string note = "1 个预案的元数据有问题，运行 playbooks lint 查看";

        Assert.Equal(note, _site.Html("catalog.html").QuerySelector(".metadata-note")?.TextContent);
        Assert.Equal(note, _site.Html("search.html").QuerySelector(".metadata-note")?.TextContent);
        Assert.Null(_site.Html("index.html").QuerySelector(".metadata-note"));
    }

    [Fact]
    public void The_offline_index_marks_the_draft_as_unwritten_with_no_steps()
    {
        var data = _site.Text("search-data.js");

        Assert.Contains("\"fresh-draft\",\"直播间突然断流\",\"\",\"\",", data);
        // ..., draft, unwritten, steps, severityText, handlingText (none: a draft, and a playbook with steps)
        Assert.Matches("\"fresh-draft\"[^\\]]*\\],1,1,0,\"\",\"\"\\]", data);
        Assert.Matches("\"p-zero\"[^\\]]*\\],0,0,2,\"P0\",\"\"\\]", data);
    }
}
