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

    [Fact]
    public async Task A_failed_build_leaves_the_previous_site_and_no_staging_folder()
    {
        var output = _temp.Combine("site");
        await BuildAsync(output);
        var before = Directory.GetFiles(output, "*", SearchOption.AllDirectories).Order().ToList();

        await Assert.ThrowsAsync<OperationCanceledException>(() => BuildAsync(output, new CancellationToken(canceled: true)));

        Assert.Equal(before, Directory.GetFiles(output, "*", SearchOption.AllDirectories).Order());
        Assert.Equal(["site"], Directory.GetDirectories(_temp.Path).Select(Path.GetFileName));
        Assert.DoesNotContain(Directory.GetDirectories(output), d => Path.GetFileName(d).StartsWith(".playbooks-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failed_first_build_leaves_no_folder_behind()
    {
        var output = _temp.Combine("new-site");

        await Assert.ThrowsAsync<OperationCanceledException>(() => BuildAsync(output, new CancellationToken(canceled: true)));

        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task Rebuilding_writes_nothing_beside_the_folder_and_leaves_no_work_folder_in_it()
    {
        var output = _temp.Combine("site");
        await BuildAsync(output);

        await BuildAsync(output);

        Assert.Equal(["site"], Directory.GetDirectories(_temp.Path).Select(Path.GetFileName));
        Assert.DoesNotContain(Directory.GetFileSystemEntries(output), e => Path.GetFileName(e).StartsWith(".playbooks-", StringComparison.Ordinal)
            && Path.GetFileName(e) != ".playbooks-site");
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
    }

    [Fact]
    public async Task Rebuilding_never_follows_a_link_into_the_folder_it_points_to()
    {
        var output = _temp.Combine("site");
        await BuildAsync(output);
        var elsewhere = Directory.CreateDirectory(_temp.Combine("elsewhere")).FullName;
        File.WriteAllText(Path.Combine(elsewhere, "keep.txt"), "keep me");
        Directory.Delete(Path.Combine(output, "tags"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(output, "tags"), elsewhere);

        var error = await Assert.ThrowsAsync<PlaybooksException>(() => BuildAsync(output));

        Assert.Equal(("symlink", Path.Combine(output, "tags")), (error.Code, error.Location));
        Assert.Equal(["keep.txt"], Directory.GetFileSystemEntries(elsewhere).Select(Path.GetFileName));
    }

    private async Task<SiteBuildResult> BuildAsync(string output, CancellationToken cancellation = default)
    {
        var knowledgeBase = RepositoryPaths.FixtureKnowledgeBase;
        using var engine = SearchEngine.Open(knowledgeBase, _temp.Combine($"index-{Guid.NewGuid():N}.sqlite"));
        return await StaticSiteBuilder.BuildAsync(new SiteBuildRequest
        {
            KnowledgeBase = new KnowledgeBaseLoader().Load(knowledgeBase),
            Analyzer = engine.Analyzer,
            OutputDirectory = output,
        }, cancellation);
    }

    public void Dispose() => _temp.Dispose();
}
