namespace Playbooks.Search.Storage;

/// <summary>
/// File-level steps on the index that SQLite's own locking does not cover: a new or replacement index is built in a
/// file of its own beside the real one and moved into place whole, under a lock file, so no process ever opens a
/// half-built index and two processes building at once cannot undo each other's work.
/// </summary>
public static class IndexFile
{
    /// <summary>How long to wait for another process that is moving its index into place (a rename, milliseconds).</summary>
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(10);

    /// <summary>A fresh path beside <paramref name="indexPath"/> to build a new index in.</summary>
    public static string BuildingPath(string indexPath) =>
        $"{indexPath}.building-{Environment.ProcessId}-{Guid.NewGuid():N}";

    /// <summary>
    /// Moves <paramref name="built"/> (a closed index file) to <paramref name="target"/>. When <paramref name="replace"/>
    /// is null, only if there is no index there yet (another process may have published one first: then ours is dropped
    /// and false returned). Otherwise the old file is replaced only while <paramref name="replace"/> still holds for it
    /// (it is still the broken file this process saw, not one another process has rebuilt meanwhile).
    /// </summary>
    public static bool Publish(string built, string target, Func<bool>? replace)
    {
        using (Lock(target))
        {
            var publish = File.Exists(target) ? replace?.Invoke() == true : true;
            if (publish)
            {
                try
                {
                    // The old file's (or a crashed run's) write-ahead log must not be replayed onto the new file.
                    DeleteCompanions(target);
                    File.Move(built, target, overwrite: true);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    Delete(built);
                    throw new IndexPathException(target, ex);
                }
            }
            else
            {
                Delete(built);
            }
            return publish;
        }
    }

    /// <summary>
    /// The file's size and last write time, or null when there is none: how a process tells, without opening it, that
    /// the file at a path is no longer the one it saw (replaced, repaired, checkpointed).
    /// </summary>
    public static (long Length, DateTime Written)? Stamp(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? (info.Length, info.LastWriteTimeUtc) : null;
    }

    /// <summary>Deletes an index file and its WAL companions, if present.</summary>
    public static void Delete(string path)
    {
        if (File.Exists(path))
            File.Delete(path);
        DeleteCompanions(path);
    }

    /// <summary>Removes a folder this process created for the index, if nothing has been put in it (by anyone).</summary>
    public static void RemoveIfEmpty(string folder)
    {
        try
        {
            if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
                Directory.Delete(folder);
        }
        catch (IOException)
        {
            // Another process put its index there meanwhile: the folder is in use, which is what we wanted to know.
        }
    }

    private static void DeleteCompanions(string path)
    {
        foreach (var file in new[] { path + "-wal", path + "-shm", path + "-journal" })
            if (File.Exists(file))
                File.Delete(file);
    }

    /// <summary>
    /// An exclusive lock on <c>&lt;index&gt;.lock</c> across processes (.NET takes an advisory flock for
    /// <see cref="FileShare.None"/> on Unix, a share lock on Windows); released on dispose.
    /// </summary>
    private static FileStream Lock(string indexPath)
    {
        var path = indexPath + ".lock";
        var deadline = DateTime.UtcNow + LockTimeout;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (File.Exists(path) && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(20); // held by another process for the moment of its rename
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new IndexPathException(path, ex);
            }
        }
    }
}
