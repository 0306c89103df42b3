using Playbooks.Core.FileSystem;

namespace Playbooks.Core.Tests.FileSystem;

/// <summary>Why a write failed, in Chinese, for the failures a user can fix.</summary>
public sealed class IoErrorWordingTests
{
    [Theory]
    [InlineData(30, "Read-only file system : '/kb/.x.md.tmp'", "所在的文件系统是只读的")]
    [InlineData(28, "No space left on device : '/kb/.x.md.tmp'", "磁盘空间不足")]
    [InlineData(122, "Disk quota exceeded : '/kb/.x.md.tmp'", "超出了磁盘配额")]
    public void Names_the_cause_instead_of_the_English_message_and_the_temporary_file(int errno, string message, string reason)
    {
        Assert.Equal(reason, IoErrorWording.Reason(new IOException(message, errno)));
    }

    [Fact]
    public void Says_permission_for_access_denied_and_keeps_other_messages()
    {
        Assert.Equal("没有写权限", IoErrorWording.Reason(new UnauthorizedAccessException("Access to the path '/kb/x.md' is denied.")));
        Assert.Equal("something else", IoErrorWording.Reason(new IOException("something else", 5)));
    }
}
