using Playbooks.Core.KnowledgeBase;
using Playbooks.Core.Parsing;
using Playbooks.Server.Library;
using Playbooks.Server.Tests.Support;

namespace Playbooks.Server.Tests.Library;

/// <summary>The page catalog a reload publishes while the index catches up: no search result may lack its page.</summary>
public sealed class PlaybookCatalogTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "playbooks-server-tests", Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private PlaybookCatalog Load(PlaybookCatalog previous) =>
        previous.Next(new KnowledgeBaseLoader(new PlaybookParser()).Load(_folder, _folder));

    private void Write(string id, string title)
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, id + ".md"), TestPlaybooks.Markdown(id, title));
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
