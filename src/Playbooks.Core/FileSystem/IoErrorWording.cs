namespace Playbooks.Core.FileSystem;

/// <summary>
/// Why a file could not be written, in Chinese: .NET's own message is English and names the temporary file a write
/// went through (<c>Read-only file system : '/kb/.draft.md.3f2….tmp'</c>), a path the user never asked for.
/// </summary>
/// <remarks>
/// On Unix .NET gives an <see cref="IOException"/> the errno as its HResult (EROFS, ENOSPC, EDQUOT below); access
/// denied arrives as <see cref="UnauthorizedAccessException"/>. Anything else keeps .NET's message, which still says
/// what happened.
/// </remarks>
public static class IoErrorWording
{
    private const int ReadOnlyFileSystem = 30; // EROFS
    private const int NoSpace = 28; // ENOSPC
    private const int QuotaExceeded = 122; // EDQUOT

    /// <summary>What went wrong, in a few words.</summary>
    public static string Reason(Exception ex) => ex switch
    {
        UnauthorizedAccessException => "没有写权限",
        IOException { HResult: ReadOnlyFileSystem } => "所在的文件系统是只读的",
        IOException { HResult: NoSpace } => "磁盘空间不足",
        IOException { HResult: QuotaExceeded } => "超出了磁盘配额",
        _ when ex.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase) => "磁盘空间不足",
        _ => ex.Message,
    };
}
