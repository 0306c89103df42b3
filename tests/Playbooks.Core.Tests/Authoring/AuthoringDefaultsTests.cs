using Playbooks.Core.Authoring;
using Playbooks.Core.KnowledgeBase;
using Playbooks.Core.Parsing;

namespace Playbooks.Core.Tests.Authoring;

public sealed class AuthoringDefaultsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Offers_the_categories_in_use_most_used_first_then_the_documented_ones_it_does_not_use()
    {
        Write("ops/a.md", AuthoringSamples.Valid("a", category: "客服运营"));
        Write("ops/c.md", AuthoringSamples.Valid("c", category: "客服运营"));
        Write("community/b.md", AuthoringSamples.Valid("b"));

        Assert.Equal(["客服运营", "社群运营", "用户运营", "活动运营", "内容运营", "电商运营", "品牌舆情", "安全合规"],
            AuthoringDefaults.Categories(Load()));
        Assert.Equal(["客服运营", "社群运营"], AuthoringDefaults.InUse(Load()));
    }

    [Fact]
    public void Suggests_the_folder_and_owner_most_playbooks_of_the_category_use()
    {
        Write("community/a.md", AuthoringSamples.Valid("a", owner: "社群运营主管"));
        Write("community/b.md", AuthoringSamples.Valid("b", owner: "社群运营主管"));
        Write("misc/c.md", AuthoringSamples.Valid("c", owner: "值班运营"));

        var kb = Load();

        Assert.Equal("community", AuthoringDefaults.FolderFor(kb, "社群运营"));
        Assert.Equal("社群运营主管", AuthoringDefaults.OwnerFor(kb, "社群运营"));
    }

    [Fact]
    public void Has_no_suggestion_for_a_category_nobody_uses_yet()
    {
        Write("community/a.md", AuthoringSamples.Valid("a"));

        var kb = Load();

        Assert.Equal("", AuthoringDefaults.FolderFor(kb, "品牌舆情"));
        Assert.Null(AuthoringDefaults.OwnerFor(kb, "品牌舆情"));
    }

    private LoadedKnowledgeBase Load() => new KnowledgeBaseLoader(new PlaybookParser(FixedClock.Today)).Load(_folder.Path);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_folder.Path, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
