using Playbooks.Core.KnowledgeBase;
using Playbooks.Core.Parsing;

namespace Playbooks.Core.Tests.KnowledgeBase;

public sealed class KnowledgeBaseLoaderTests
{
    [Fact]
    public void Shows_paths_under_the_root_as_the_user_gave_it()
    {
        Assert.Equal("playbooks/user/refund-wave.md",
            KnowledgeBaseLoader.DisplayPath("playbooks", Path.Combine("playbooks", "user", "refund-wave.md")));
    }

    [Fact]
    public void Rejects_a_missing_folder_with_a_remedy()
    {
        var loader = new KnowledgeBaseLoader(new PlaybookParser(FixedClock.Today));

        var error = Assert.Throws<PlaybooksException>(() => loader.Load("/nonexistent/playbooks"));

        Assert.Equal(("预案目录不存在：/nonexistent/playbooks", "missing-directory", "/nonexistent/playbooks"), (error.Message, error.Code, error.Location));
        Assert.Equal("检查路径", error.Remedy); // the CLI adds its option (CliRemedies)
    }

    [Fact]
    public void Loads_an_empty_folder_as_an_empty_knowledge_base()
    {
        using var folder = new TempFolder();

        var kb = new KnowledgeBaseLoader(new PlaybookParser(FixedClock.Today)).Load(folder.Path);

        Assert.Empty(kb.Files);
        Assert.Empty(kb.Findings);
        Assert.Equal((0, 0), (kb.ErrorCount, kb.WarningCount));
    }
}
