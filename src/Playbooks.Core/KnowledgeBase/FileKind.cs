using System.Runtime.InteropServices;

namespace Playbooks.Core.KnowledgeBase;

/// <summary>What a path is once symbolic links are followed.</summary>
public enum FileKind
{
    /// <summary>A regular file: the only kind a playbook is read from.</summary>
    Regular,
    Directory,
    /// <summary>A named pipe, device or socket: reading it could block forever or never end.</summary>
    Special,
    /// <summary>Missing, a dangling link, or a link loop.</summary>
    Missing,
}

/// <summary>
/// Tells regular files from pipes and devices. .NET reports a FIFO or <c>/dev/zero</c> as an ordinary file of length 0,
/// and opening a FIFO blocks until a writer appears, so the type must be known before the file is opened. On Linux this
/// asks <c>statx(2)</c>, whose structure has the same layout on every architecture (unlike <c>stat</c>'s, which is why
/// this is a few lines of P/Invoke rather than a binding library such as Mono.Unix with its native part). Elsewhere
/// (Windows has no FIFOs among files; macOS is not supported as a server here) anything that is not a folder counts as
/// regular.
/// </summary>
public static partial class FileKinds
{
    public static FileKind Of(string path)
    {
        if (OperatingSystem.IsLinux())
            return OfLinux(path);
        if (Directory.Exists(path))
            return FileKind.Directory;
        return File.Exists(path) ? FileKind.Regular : FileKind.Missing;
    }

    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28; // struct statx: mask, blksize (u32), attributes (u64), nlink, uid, gid (u32), mode (u16)
    private const int TypeMask = 0xF000;
    private const int TypeRegular = 0x8000;
    private const int TypeDirectory = 0x4000;

    private static FileKind OfLinux(string path)
    {
        var buffer = new byte[256];
        try
        {
            // Flags 0: symbolic links are followed, so a link to a regular file is Regular and a loop fails (ELOOP).
            if (Statx(AtFdCwd, path, 0, StatxType, buffer) != 0)
                return FileKind.Missing;
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            // A C library without statx (glibc before 2.28, some musl builds): fall back to what .NET can tell.
            return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
        }
        var mode = BitConverter.ToUInt16(buffer, ModeOffset) & TypeMask;
        return mode switch
        {
            TypeRegular => FileKind.Regular,
            TypeDirectory => FileKind.Directory,
            _ => FileKind.Special,
        };
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int dirFd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
}
