using Playbooks.Core.Diagnostics;
using Playbooks.Core.Parsing;

namespace Playbooks.Core.KnowledgeBase;

/// <summary>
/// Reads a playbook file's bytes safely: only regular files (a symbolic link to one, anywhere, is fine), and never more
/// than <see cref="SourceText.MaxBytes"/> + 1 bytes, so a pipe cannot hang a command and a link to <c>/dev/zero</c> or
/// a huge log cannot exhaust memory. Every front end (lint, search, list, site, serve, import) reads through here.
/// </summary>
public static class PlaybookFileReader
{
    /// <summary>What reading one file gave: its bytes (at most the limit + 1), or the problem to report instead.</summary>
    /// <param name="Length">The file's size on disk (more than <c>Bytes.Length</c> when the file is over the limit).</param>
    public sealed record Result(byte[]? Bytes, long Length, Finding? Problem);

    /// <param name="file">Where to read from.</param>
    /// <param name="path">The path users see in the finding.</param>
    /// <param name="maxBytes">The size limit; at most one byte more is read.</param>
    public static Result Read(string file, string path, int maxBytes = SourceText.MaxBytes)
    {
        if (KindProblem(file, path) is { } kindProblem)
            return kindProblem;

        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);
            var length = stream.Length;
            // The size can change between the check and the read (a file being written); read at most one byte past the
            // limit, which is enough for the parser to report the file as too large.
            var buffer = new byte[(int)Math.Min(length, maxBytes) + 1];
            var read = 0;
            int n;
            while (read < buffer.Length && (n = stream.Read(buffer, read, buffer.Length - read)) > 0)
                read += n;
            return new Result(buffer.AsSpan(0, read).ToArray(), Math.Max(length, read), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return OpenFailed(file, path, ex);
        }
    }

    /// <summary>
    /// Why a file that was regular when checked could not be read, in Chinese: .NET's message is English and names the
    /// absolute path (<c>Access to the path '/kb/x.md' is denied.</c>, the third audit's unreadable file). The file
    /// may also have been replaced by a folder, or deleted, between the check and the open; it is described as it is now.
    /// </summary>
    internal static Result OpenFailed(string file, string path, Exception ex) =>
        KindProblem(file, path) ?? (ex is UnauthorizedAccessException
            ? Problem(path, FindingCodes.Unreadable, "无法读取文件：没有读取权限", "给文件加上读取权限（例如 chmod a+r 文件名），或把它移出预案目录")
            : Problem(path, FindingCodes.Unreadable, $"无法读取文件：{ex.Message}", "检查文件是否存在、权限是否允许读取"));

    private static Result? KindProblem(string file, string path) => FileKinds.Of(file) switch
    {
        FileKind.Directory => Problem(path, FindingCodes.NotRegularFile, "这是一个目录（或指向目录的链接），不是文件",
            "预案文件必须是普通的 .md 文件：把这个目录改名（去掉 .md 结尾），或把它移出预案目录"),
        FileKind.Special => Problem(path, FindingCodes.NotRegularFile, "不是普通文件（命名管道、设备或指向它们的链接），没有读取",
            "删除它，或换成普通的 .md 文件"),
        FileKind.Missing => Problem(path, FindingCodes.Unreadable, "无法读取文件：文件不存在，或是断开/循环的符号链接",
            "检查链接指向的文件是否存在；不需要就删除它"),
        _ => null,
    };

    private static Result Problem(string path, string code, string message, string fix) =>
        new(null, 0, new Finding(path, 0, 0, FindingLevel.Error, code, message, fix));
}
