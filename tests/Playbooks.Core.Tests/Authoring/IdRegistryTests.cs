using Playbooks.Core.Authoring;
using Playbooks.Core.KnowledgeBase;
using Playbooks.Core.Parsing;

namespace Playbooks.Core.Tests.Authoring;

public sealed class IdRegistryTests
{
    [Fact]
    public void Knows_every_declared_id_and_file_name_with_its_path()
    {
        using var folder = new TempFolder();
        Write(folder, "community/bot-flood.md", AuthoringSamples.Valid("bot-flood"));
        Write(folder, "user/broken.md", "---\nid: [\n---\n"); // unreadable front matter: the file still owns its name

        var ids = IdRegistry.From(Load(folder));

        Assert.Equal(Path.Combine(folder.Path, "community/bot-flood.md"), ids.PathOf("bot-flood"));
        Assert.Equal(Path.Combine(folder.Path, "user/broken.md"), ids.PathOf("broken"));
        Assert.Null(ids.PathOf("refund-wave"));
    }

    [Fact]
    public void Counts_an_id_declared_under_another_file_name_as_taken()
    {
        using var folder = new TempFolder();
        Write(folder, "misnamed.md", AuthoringSamples.Valid("refund-wave"));

        var ids = IdRegistry.From(Load(folder));

        Assert.True(ids.IsTaken("refund-wave"));
        Assert.True(ids.IsTaken("misnamed"));
    }

    [Fact]
    public void Adds_the_first_free_numeric_suffix()
    {
        var ids = new IdRegistry();
        ids.Reserve("bot-flood", "a.md");
        ids.Reserve("bot-flood-2", "b.md");

        Assert.Equal("bot-flood-3", ids.Unique("bot-flood"));
        Assert.Equal("refund-wave", ids.Unique("refund-wave"));
    }

    private static LoadedKnowledgeBase Load(TempFolder folder) =>
        new KnowledgeBaseLoader(new PlaybookParser(FixedClock.Today)).Load(folder.Path);

    private static void Write(TempFolder folder, string relative, string text)
    {
        var path = Path.Combine(folder.Path, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
