using Playbooks.Core.Diagnostics;
using Playbooks.Core.KnowledgeBase;
using Playbooks.Core.Parsing;
using Playbooks.Tests.Shared;

namespace Playbooks.Core.Tests.KnowledgeBase;

public sealed class PlaybookFileReaderTests
{
    [Fact]
    public void Reads_a_regular_file_through_a_symlink_from_outside_the_folder()
    {
        using var outside = new TempFolder();
        using var folder = new TempFolder();
        var target = Path.Combine(outside.Path, "real.md");
        File.WriteAllText(target, "内容");
        var link = Path.Combine(folder.Path, "linked.md");
        File.CreateSymbolicLink(link, target);

        var read = PlaybookFileReader.Read(link, "kb/linked.md");

        Assert.Null(read.Problem);
        Assert.Equal("内容"u8.ToArray(), read.Bytes);
    }

    [Fact]
    public void A_symlink_to_dev_zero_is_reported_without_being_read()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "/dev/zero is a Linux device");
        using var folder = new TempFolder();
        var link = Path.Combine(folder.Path, "zero.md");
        File.CreateSymbolicLink(link, "/dev/zero");

        var read = PlaybookFileReader.Read(link, "kb/zero.md");

        Assert.Null(read.Bytes);
        Assert.Equal(FindingCodes.NotRegularFile, read.Problem!.Code);
        Assert.Equal("kb/zero.md", read.Problem.Path);
    }

    [Fact]
    public void A_named_pipe_is_reported_without_being_opened()
    {
        using var folder = new TempFolder();
        var pipe = Path.Combine(folder.Path, "pipe.md");
        Assert.SkipUnless(NamedPipes.TryCreate(pipe), "mkfifo is not available here");

        // Opening a FIFO blocks until a writer appears: if the reader opened it, this test would hang.
        var read = PlaybookFileReader.Read(pipe, "kb/pipe.md");

        Assert.Equal(FindingCodes.NotRegularFile, read.Problem!.Code);
    }

    [Fact]
    public void A_symlink_loop_is_reported_as_unreadable()
    {
        using var folder = new TempFolder();
        var link = Path.Combine(folder.Path, "loop.md");
        File.CreateSymbolicLink(link, link);

        var read = PlaybookFileReader.Read(link, "kb/loop.md");

        Assert.Equal(FindingCodes.Unreadable, read.Problem!.Code);
    }

    [Fact]
    public void Reads_at_most_one_byte_past_the_limit_and_reports_the_real_size()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "big.md");
        File.WriteAllBytes(file, new byte[SourceText.MaxBytes * 3]);

        var read = PlaybookFileReader.Read(file, "kb/big.md");

        Assert.Equal(SourceText.MaxBytes + 1, read.Bytes!.Length);
        Assert.Equal(SourceText.MaxBytes * 3, read.Length);
    }

    // The open itself failing cannot be staged as root (the tests' user reads any file), so these call the step that
    // words it. The third audit saw "无法读取文件：Access to the path '/tmp/kb/x.md' is denied." as a non-root user.
    [Fact]
    public void A_file_without_read_permission_is_described_in_chinese_without_the_absolute_path()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "locked.md");
        File.WriteAllText(file, "内容");

        var read = PlaybookFileReader.OpenFailed(file, "kb/locked.md", new UnauthorizedAccessException($"Access to the path '{file}' is denied."));

        Assert.Equal("无法读取文件：没有读取权限", read.Problem!.Message);
        Assert.Equal(("kb/locked.md", FindingCodes.Unreadable), (read.Problem.Path, read.Problem.Code));
    }

    [Fact]
    public void A_file_replaced_by_a_folder_between_the_check_and_the_open_is_named_a_folder()
    {
        using var folder = new TempFolder();
        var swapped = Path.Combine(folder.Path, "swapped.md");
        Directory.CreateDirectory(swapped);

        var read = PlaybookFileReader.OpenFailed(swapped, "kb/swapped.md", new UnauthorizedAccessException($"Access to the path '{swapped}' is denied."));

        Assert.Equal(FindingCodes.NotRegularFile, read.Problem!.Code);
        Assert.Equal("这是一个目录（或指向目录的链接），不是文件", read.Problem.Message);
    }

    [Fact]
    public void A_file_deleted_between_the_check_and_the_open_is_named_missing()
    {
        using var folder = new TempFolder();
        var gone = Path.Combine(folder.Path, "gone.md");

        var read = PlaybookFileReader.OpenFailed(gone, "kb/gone.md", new FileNotFoundException($"Could not find file '{gone}'."));

        Assert.Equal("无法读取文件：文件不存在，或是断开/循环的符号链接", read.Problem!.Message);
    }
}
