using Playbooks.Core.KnowledgeBase;

namespace Playbooks.Core.Tests.KnowledgeBase;

public sealed class KnowledgeBaseLocatorTests
{
    private static readonly Func<string, string?> NoEnvironment = _ => null;

    [Fact]
    public void Prefers_the_explicit_folder()
    {
        using var cwd = new TempFolder();
        using var other = new TempFolder();
        Directory.CreateDirectory(Path.Combine(cwd.Path, "playbooks"));

        Assert.Equal(other.Path, KnowledgeBaseLocator.Resolve(other.Path, cwd.Path, NoEnvironment));
    }

    [Fact]
    public void Uses_playbooks_in_the_current_folder_before_the_environment()
    {
        using var cwd = new TempFolder();
        using var fromEnvironment = new TempFolder();
        Directory.CreateDirectory(Path.Combine(cwd.Path, "playbooks"));

        var resolved = KnowledgeBaseLocator.Resolve(null, cwd.Path, _ => fromEnvironment.Path);

        Assert.Equal("playbooks", resolved);
    }

    [Fact]
    public void Falls_back_to_the_environment_variable()
    {
        using var cwd = new TempFolder();
        using var fromEnvironment = new TempFolder();

        var resolved = KnowledgeBaseLocator.Resolve(null, cwd.Path,
            name => name == KnowledgeBaseLocator.EnvironmentVariable ? fromEnvironment.Path : null);

        Assert.Equal(fromEnvironment.Path, resolved);
    }

    [Fact]
    public void Explains_every_way_to_point_at_a_knowledge_base_when_none_is_found()
    {
        using var cwd = new TempFolder();

        var error = Assert.Throws<PlaybooksException>(() => KnowledgeBaseLocator.Resolve(null, cwd.Path, NoEnvironment));

        Assert.Equal("no-knowledge-base", error.Code);
        Assert.Equal("在含有 playbooks/ 的目录（如仓库根目录）运行，或加 --playbooks <目录>，或设置环境变量 PLAYBOOKS_DIR 指向预案目录：例如 export PLAYBOOKS_DIR=$HOME/team-playbooks/playbooks，写进 ~/.bashrc 后在任何目录都能直接运行 playbooks", error.Remedy);
    }

    [Fact]
    public void Rejects_an_empty_explicit_folder_instead_of_quietly_using_another_knowledge_base()
    {
        using var cwd = new TempFolder();
        Directory.CreateDirectory(Path.Combine(cwd.Path, "playbooks"));

        // `--playbooks "$KB"` with KB unset: the local playbooks/ is not what the user named.
        var error = Assert.Throws<PlaybooksException>(() => KnowledgeBaseLocator.Resolve(" ", cwd.Path, NoEnvironment));

        Assert.Equal(("bad-value", 2, "--playbooks"), (error.Code, error.Kind.ExitCode, error.Location));
        Assert.Equal("--playbooks 的值是空的", error.Message);
    }

    [Fact]
    public void Rejects_an_explicit_folder_that_does_not_exist()
    {
        using var cwd = new TempFolder();
        var missing = Path.Combine(cwd.Path, "nope");

        var error = Assert.Throws<PlaybooksException>(() => KnowledgeBaseLocator.Resolve(missing, cwd.Path, NoEnvironment));

        Assert.Equal(($"预案目录不存在：{missing}", "missing-directory"), (error.Message, error.Code));
    }

    [Fact]
    public void Says_a_playbook_file_given_as_the_folder_is_a_file_and_names_its_folder()
    {
        // A lead trying one file: "does not exist" about a file they can see told them nothing.
        using var cwd = new TempFolder();
        Directory.CreateDirectory(Path.Combine(cwd.Path, "team"));
        File.WriteAllText(Path.Combine(cwd.Path, "team", "bot-flood.md"), "# 机器人刷屏\n");

        var explicitFile = Assert.Throws<PlaybooksException>(() => KnowledgeBaseLocator.Resolve("team/bot-flood.md", cwd.Path, NoEnvironment));
        var fromEnvironment = Assert.Throws<PlaybooksException>(() => KnowledgeBaseLocator.Resolve(null, cwd.Path, _ => "team/bot-flood.md"));

        Assert.Equal(("--playbooks 指向的是一个文件，不是预案目录：team/bot-flood.md", "改成存放预案的文件夹，例如 --playbooks team", 1),
            (explicitFile.Message, explicitFile.Remedy, explicitFile.Kind.ExitCode));
        Assert.Equal(("环境变量 PLAYBOOKS_DIR 指向的是一个文件，不是预案目录：team/bot-flood.md", "改成存放预案的文件夹，例如 export PLAYBOOKS_DIR=team"),
            (fromEnvironment.Message, fromEnvironment.Remedy));
    }
}
