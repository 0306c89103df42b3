using System.Text;

namespace Playbooks.Core.Authoring;

/// <summary>
/// Creates a file that did not exist, all at once: the text goes to a temporary file beside the target, is flushed
/// to disk, then moved into place without overwriting. A reader (the search index, an editor, <c>lint</c>) sees
/// either no file or the whole file, and an existing file is never replaced, even one created a moment earlier by
/// someone else.
/// </summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="text"/> (UTF-8, no BOM) to the new file <paramref name="path"/>, creating its folder.</summary>
    /// <param name="path">Where the file goes (absolute, or relative to the process's working directory).</param>
    /// <param name="displayPath">The path named in error messages, as the user knows it.</param>
    /// <exception cref="PlaybooksException">The file exists (code <c>file-exists</c>) or cannot be written (<c>write-failed</c>).</exception>
    public static void CreateNew(string path, string text, string displayPath)
    {
        if (File.Exists(path) || Directory.Exists(path))
            throw Exists(displayPath);

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        // The temporary name does not end in .md, so the knowledge-base loader never picks it up half-written.
        var temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(Utf8NoBom.GetBytes(text));
                stream.Flush(flushToDisk: true);
            }
            // overwrite: false makes the move itself refuse an existing target (link + unlink on Unix),
            // so a file created between the check above and this line is still not replaced.
            File.Move(temp, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            throw Exists(displayPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new PlaybooksException($"无法写入文件 {displayPath}：{ex.Message}",
                "检查目录是否存在、是否有写权限、磁盘是否已满，然后重试", displayPath, "write-failed");
        }
        finally
        {
            TryDelete(temp);
        }
    }

    private static PlaybooksException Exists(string displayPath) =>
        new($"文件已存在：{displayPath}", "换一个 id；要修改已有的预案请直接编辑该文件（本命令从不覆盖已有文件）", displayPath, "file-exists");

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
