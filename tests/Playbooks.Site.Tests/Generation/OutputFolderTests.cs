using Playbooks.Core;
using Playbooks.Core.KnowledgeBase;
using Playbooks.Search;
using Playbooks.Site.Building;
using Playbooks.Site.Tests.Support;

namespace Playbooks.Site.Tests.Generation;

public sealed class OutputFolderTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task Refuses_a_folder_holding_other_files()
    {
        var output = _temp.Combine("notes");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "mine.txt"), "keep me");

        var error = await Assert.ThrowsAsync<PlaybooksException>(() => BuildAsync(output));

        Assert.Equal("output-not-empty", error.Code);
        Assert.Equal($"输出目录不是空的，也不是之前生成的站点：{output}", error.Message);
        Assert.True(File.Exists(Path.Combine(output, "mine.txt")));
    }

    [Fact]
    public async Task Rebuilding_removes_pages_the_new_build_no_longer_has()
    {
        var output = _temp.Combine("site");
        await BuildAsync(output);
        var stale = Path.Combine(output, "playbooks", "deleted-playbook.html");
        File.WriteAllText(stale, "<!DOCTYPE html>");

        var result = await BuildAsync(output);

        Assert.False(File.Exists(stale));
        Assert.Equal(1, result.Removed);
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
    }

    private async Task<SiteBuildResult> BuildAsync(string output)
    {
        var knowledgeBase = RepositoryPaths.FixtureKnowledgeBase;
        using var engine = SearchEngine.Open(knowledgeBase, _temp.Combine($"index-{Guid.NewGuid():N}.sqlite"));
        return await StaticSiteBuilder.BuildAsync(new SiteBuildRequest
        {
            KnowledgeBase = new KnowledgeBaseLoader().Load(knowledgeBase),
            Analyzer = engine.Analyzer,
            OutputDirectory = output,
        });
    }

    public void Dispose() => _temp.Dispose();
}
