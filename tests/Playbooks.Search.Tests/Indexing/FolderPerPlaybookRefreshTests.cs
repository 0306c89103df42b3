using Playbooks.Search.Tests.Support;

namespace Playbooks.Search.Tests.Indexing;

/// <summary>
/// One folder per playbook (<c>bot-flood/README.md</c>, <c>bot-flood/index.md</c>): the index names each by its folder
/// as the loader does, follows a renamed folder, and never warns about a README that documents its folder.
/// </summary>
public sealed class FolderPerPlaybookRefreshTests : IDisposable
{
    private readonly TempKnowledgeBase _kb = new();

    public void Dispose() => _kb.Dispose();

    // Without an id of its own: the folder names it.
    private static string Unnamed(string title, string background) =>
        new PlaybookText("unused", title) { Background = background }.ToString().Replace("id: unused\n", "");

    [Fact]
    public void A_readme_playbook_is_searchable_under_its_folders_name()
    {
        // Was never indexed: README files were left out by name, without a warning.
        _kb.Write("community/bot-flood/README.md", Unnamed("机器人小号涌进群刷广告", "几分钟内涌进上百个机器人小号。"));
        _kb.Write("community/README.md", "# 社群运营\n\n本目录放社群运营的预案。\n");
        _kb.Write("README.md", "# 预案库\n\n## 背景\n\n按分类放在子目录里。\n");

        using var engine = _kb.Open();

        Assert.Equal("bot-flood", engine.Search("机器人小号").Results[0].Id);
        Assert.Empty(engine.LastRefresh.Skipped);
    }

    [Fact]
    public void An_index_page_is_searchable_under_its_folders_name()
    {
        // Was indexed as "index", and a second such folder collided with it.
        _kb.Write("community/bot-flood/index.md", Unnamed("机器人小号涌进群刷广告", "几分钟内涌进上百个机器人小号。"));
        _kb.Write("ecommerce/refund-wave/index.md", Unnamed("大促后退款申请集中涌入", "大促结束后退款申请集中。"));

        using var engine = _kb.Open();

        Assert.Equal("bot-flood", engine.Search("机器人小号").Results[0].Id);
        Assert.Equal("refund-wave", engine.Search("退款申请").Results[0].Id);
    }

    [Fact]
    public void A_renamed_folder_renames_the_playbook()
    {
        _kb.Write("community/bot-flood/README.md", Unnamed("机器人小号涌进群刷广告", "几分钟内涌进上百个机器人小号。"));
        using (var engine = _kb.Open())
            Assert.Equal("bot-flood", engine.Search("机器人小号").Results[0].Id);

        Directory.Move(Path.Combine(_kb.Root, "community/bot-flood"), Path.Combine(_kb.Root, "community/robot-spam"));

        using var reopened = _kb.Open();
        var results = reopened.Search("机器人小号").Results;
        Assert.Equal(["robot-spam"], results.Select(r => r.Id));
    }

    [Fact]
    public void A_documenting_readme_that_becomes_a_playbook_is_indexed_and_back_again_removed()
    {
        _kb.Write("community/bot-flood/README.md", "# 机器人小号\n\n截图见同目录。\n");
        using (var engine = _kb.Open())
            Assert.Empty(engine.Search("机器人小号").Results);

        _kb.Write("community/bot-flood/README.md", Unnamed("机器人小号涌进群刷广告", "几分钟内涌进上百个机器人小号。"));
        File.SetLastWriteTimeUtc(Path.Combine(_kb.Root, "community/bot-flood/README.md"), DateTime.UtcNow.AddMinutes(-5));
        using (var engine = _kb.Open())
            Assert.Equal("bot-flood", engine.Search("机器人小号").Results[0].Id);

        _kb.Write("community/bot-flood/README.md", "# 机器人小号\n\n截图见同目录。\n");
        File.SetLastWriteTimeUtc(Path.Combine(_kb.Root, "community/bot-flood/README.md"), DateTime.UtcNow.AddMinutes(-3));
        using var last = _kb.Open();
        Assert.Empty(last.Search("机器人小号").Results);
        Assert.Empty(last.LastRefresh.Skipped);
    }

    [Fact]
    public void Two_folders_of_one_name_keep_both_playbooks_under_distinct_ids()
    {
        _kb.Write("community/bot-flood/README.md", Unnamed("机器人小号涌进群刷广告", "几分钟内涌进上百个机器人小号。"));
        _kb.Write("ecommerce/bot-flood/README.md", Unnamed("机器人刷单薅羊毛", "机器人小号批量下单领券。"));

        using var engine = _kb.Open();

        Assert.Equal(["bot-flood", "bot-flood-2"], engine.Search("机器人小号").Results.Select(r => r.Id).Order(StringComparer.Ordinal));
    }
}
