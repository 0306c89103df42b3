using Playbooks.Cli.Tests.Support;

namespace Playbooks.Cli.Tests.Hostile;

/// <summary>
/// <c>new</c> into a knowledge base on a read-only mount (a team's shared folder mounted read-only): a real read-only
/// bind mount, so the test needs root and <c>mount</c>; it is skipped where the machine does not allow that.
/// </summary>
public sealed class ReadOnlyKnowledgeBaseWriteTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly CliRunner _cli;
    private readonly string _kb;
    private readonly bool _mounted;

    public ReadOnlyKnowledgeBaseWriteTests()
    {
        _cli = new CliRunner(_temp.Path);
        _temp.Write("kb/community/bot-flood.md", SamplePlaybooks.Valid("bot-flood", "机器人小号批量进群刷屏"));
        _kb = _temp.Combine("kb");
        _mounted = SystemCommand.Succeeds("mount", "--bind", _kb, _kb) && (SystemCommand.Succeeds("mount", "-o", "remount,bind,ro", _kb) || !SystemCommand.Succeeds("umount", _kb));
    }

    public void Dispose()
    {
        if (_mounted)
            SystemCommand.Succeeds("umount", _kb);
        _temp.Dispose();
    }

    [Fact]
    public async Task Says_in_Chinese_that_the_folder_is_read_only_and_names_no_temporary_file()
    {
        Assert.SkipUnless(_mounted, "needs root and mount to make a read-only bind mount");

        var result = await _cli.RunAsync("new", "--playbooks", "kb", "--no-input", "--id", "shop-closed", "--title", "店铺被平台下线",
            "--category", "门店运营", "--severity", "高", "--tags", "下线,封店,违规", "--owner", "店长", "--no-similar-check");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("错误：无法写入文件 kb/shop-closed.md：所在的文件系统是只读的", result.ErrorLines[0]);
        Assert.DoesNotContain(".tmp", result.Error, StringComparison.Ordinal);
    }
}
