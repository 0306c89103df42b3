using Playbooks.Core.KnowledgeBase;
using Playbooks.Core.Parsing;
using Playbooks.Server.Library;

namespace Playbooks.Server.Tests.Library;

/// <summary>The page catalog a reload publishes while the index catches up: no search result may lack its page.</summary>
public sealed class PlaybookCatalogTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "playbooks-server-tests", Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Playbook(string id, string title) => $"""
        ---
        id: {id}
        title: {title}
        category: 社群运营
        tags: [测试]
        severity: 中
        owner: 社群运营主管
        updated: 2026-11-19
        ---

        ## 背景
        {title}。

        ## 风险源头
        测试用的风险源头。

        ## 激化情况
        测试用的激化情况。

        ## 处理方法
        1. 第一步。
        2. 第二步。

        ## 复盘反思
        测试用的复盘。
        """;

    private PlaybookCatalog Load(PlaybookCatalog previous) =>
        previous.Next(new KnowledgeBaseLoader(new PlaybookParser()).Load(_folder, _folder));

    private void Write(string id, string title)
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, id + ".md"), Playbook(id, title));
    }

    [Fact]
    public void While_the_index_catches_up_a_deleted_playbook_keeps_its_page_and_an_edited_one_shows_its_new_version()
    {
        Write("kite-tangle", "风筝线缠住了麦克风");
        Write("balloon", "热气球飘进会场");
        var before = Load(PlaybookCatalog.Empty);
        File.Delete(Path.Combine(_folder, "kite-tangle.md"));
        Write("balloon", "热气球飘进了线下会场");
        Write("new-one", "新的预案");
        var after = Load(before);

        var meanwhile = after.Including(before);

        Assert.Null(after.Find("kite-tangle"));
        Assert.Equal("风筝线缠住了麦克风", meanwhile.Find("kite-tangle")?.Title);
        Assert.Equal("热气球飘进了线下会场", meanwhile.Find("balloon")?.Title);
        Assert.NotNull(meanwhile.Find("new-one"));
        Assert.Equal(3, meanwhile.Playbooks.Count());
    }
}
