using Playbooks.Cli.Tests.Support;

namespace Playbooks.Cli.Tests.Hostile;

/// <summary>
/// <c>site</c> on a disk that fills up half-way: a real (small tmpfs) full disk, so the test needs root and
/// <c>mount</c>; it is skipped where the machine does not allow that.
/// </summary>
public sealed class SiteFullDiskTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly CliRunner _cli;
    private readonly string _disk;
    private readonly bool _mounted;

    public SiteFullDiskTests()
    {
        _cli = new CliRunner(_temp.Path);
        _temp.Write("kb/community/bot-flood.md", SamplePlaybooks.Valid("bot-flood", "机器人小号批量进群刷屏"));
        _disk = _temp.CreateDirectory("disk");
        _mounted = SystemCommand.Succeeds("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", _disk);
    }

    public void Dispose()
    {
        if (_mounted)
            SystemCommand.Succeeds("umount", _disk);
        _temp.Dispose();
    }

    [Fact]
    public async Task A_full_disk_is_a_user_error_and_the_previous_site_stays_whole()
    {
        Assert.SkipUnless(_mounted, "needs root and mount to create a small tmpfs");
        Assert.Equal(0, (await _cli.RunAsync("site", "--playbooks", "kb", "--out", "disk/site")).ExitCode);
        var before = Snapshot("disk/site");
        Fill(Path.Combine(_disk, "filler"));
        _temp.Write("kb/user/refund-wave.md", SamplePlaybooks.Valid("refund-wave", "改版后集中退款"));

        var result = await _cli.RunAsync("site", "--playbooks", "kb", "--out", "disk/site");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("错误：生成站点失败，无法写入：磁盘空间不足", result.ErrorLines[0]);
        Assert.Equal($"  位置：{_temp.Combine("disk/site")}", result.ErrorLines[1]);
        Assert.Equal("  解决：磁盘空间不足：腾出空间后重新运行 playbooks site；之前生成的站点（如果有）保持不变", result.ErrorLines[2]);
        Assert.Equal(before, Snapshot("disk/site"));
        Assert.Equal(["filler", "site"], Directory.GetFileSystemEntries(_disk).Select(Path.GetFileName).Order());
        Assert.DoesNotContain(Directory.GetDirectories(_temp.Combine("disk/site")).Select(Path.GetFileName), d => d!.StartsWith(".playbooks-", StringComparison.Ordinal));
    }

    private Dictionary<string, string> Snapshot(string relative)
    {
        var root = _temp.Combine(relative);
        return Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
    }

    /// <summary>Writes until the disk refuses, leaving no room for another site.</summary>
    private static void Fill(string path)
    {
        using var stream = new FileStream(path, FileMode.CreateNew);
        var block = new byte[64 * 1024];
        try
        {
            while (true)
                stream.Write(block);
        }
        catch (IOException)
        {
            // Full: exactly what the test wants.
        }
    }
}
