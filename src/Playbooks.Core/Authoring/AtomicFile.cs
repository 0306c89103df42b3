using System.Text;
using Playbooks.Core.FileSystem;

namespace Playbooks.Core.Authoring;

/// <summary>
/// Creates a file that did not exist, all at once: the text goes to a temporary file beside the target, is flushed
/// to disk, then moved into place without overwriting. A reader (the search index, an editor, <c>lint</c>) sees
/// either no file or the whole file, and an existing file is never replaced, even one created a moment earlier by
/// someone else. Nothing is written through a symbolic link (<see cref="NoFollow"/>): a linked folder inside the
/// knowledge base would put the file where it is never indexed.
/// </summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="text"/> (UTF-8, no BOM) to the new file <paramref name="relativePath"/> under <paramref name="root"/>, creating its folders.</summary>
    /// <param name="root">The folder the file must stay inside (the knowledge base), absolute.</param>
    /// <param name="relativePath">Where the file goes under <paramref name="root"/> ('/'-separated).</param>
    /// <param name="displayRoot">The root as the user knows it; messages name <c>displayRoot/relativePath</c>.</param>
    /// <exception cref="PlaybooksException">
    /// The file exists (code <c>file-exists</c>), a folder on the way or the file is a symbolic link (<c>symlink</c>),
    /// or it cannot be written (<c>write-failed</c>).
    /// </exception>
    public static void CreateNew(string root, string relativePath, string text, string displayRoot)
    {
        var path = Path.GetFullPath(Path.Combine(root, relativePath));
        var displayPath = Path.Combine(displayRoot, relativePath).Replace('\\', '/');
        NoFollow.Check(root, path, displayRoot);
        if (File.Exists(path) || Directory.Exists(path))
            throw Exists(displayPath);

        var folder = Path.GetDirectoryName(path)!;
        // The temporary name does not end in .md, so the knowledge-base loader never picks it up half-written.
        var temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            NoFollow.CreateDirectories(root, folder, displayRoot);
            // CreateNew is O_CREAT|O_EXCL: it fails on a link planted at the temporary name instead of following it.
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(Utf8NoBom.GetBytes(text));
                stream.Flush(flushToDisk: true);
            }
            // overwrite: false makes the move itself refuse an existing target (link + unlink on Unix),
            // so a file created between the check above and this line is still not replaced.
            File.Move(temp, path, overwrite: false);
        }
        catch (PathTooLongException)
        {
            throw new PlaybooksException($"文件名太长，无法写入：{displayPath}", "用更短的 id 或子目录名", displayPath, ErrorKind.WriteFailed);
        }
        catch (IOException) when (File.Exists(path))
        {
            throw Exists(displayPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new PlaybooksException($"无法写入文件 {displayPath}：{IoErrorWording.Reason(ex)}",
                "检查目录是否存在、是否有写权限、磁盘是否已满，然后重试", displayPath, ErrorKind.WriteFailed);
        }
        finally
        {
            TryDelete(temp);
        }
    }

    private static PlaybooksException Exists(string displayPath) =>
        new($"文件已存在：{displayPath}", "换一个 id；要修改已有的预案请直接编辑该文件（本命令从不覆盖已有文件）", displayPath, ErrorKind.FileExists);

    private static void TryDelete(string temp)
    {
        try
        {
            if (File.Exists(temp))
                File.Delete(temp);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover .tmp file is ignored by every reader; failing the command over it would be worse.
        }
    }
}
