using Microsoft.Win32.SafeHandles;

namespace Playbooks.Search.Storage;

/// <summary>
/// Puts a private index file (<see cref="IndexStore.CreatePrivate"/>) on the disk while it is being built, and all of it
/// before it is published. Its writer runs with <c>PRAGMA synchronous = OFF</c>, so SQLite never waits for the disk
/// (a rollback-journal commit waits twice, for the journal and for the file); instead what SQLite has written so far is
/// flushed on another thread from time to time, while the build goes on, and once more, in full, before the file is
/// switched to the write-ahead log and moved into place.
/// </summary>
/// <remarks>
/// What a crash leaves is as before: until it is published, the file is the building process's alone (see
/// <see cref="IndexFile"/>), and an interrupted build, process or machine, leaves an unpublished file no command opens;
/// a published file was entirely on the disk before the move. The handle is a second descriptor of SQLite's file: closing
/// it would drop every POSIX lock the process holds on the file, so it is closed only when no connection to the file is
/// open (<see cref="IndexStore.UseWriteAheadLog"/>, <see cref="IndexStore.Dispose"/>).
/// </remarks>
internal sealed class PrivateFileFlush(string path) : IDisposable
{
    // Opened for writing, though it never writes: Windows flushes only a handle that may write.
    private readonly SafeFileHandle _file = File.OpenHandle(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
    private readonly Lock _gate = new();
    private Task? _running;

    /// <summary>Starts flushing what is written so far on another thread, unless a flush is still running.</summary>
    public void Start()
    {
        lock (_gate)
            if (_running is null or { IsCompleted: true })
                _running = Task.Run(() => RandomAccess.FlushToDisk(_file));
    }

    /// <summary>Flushes everything written, waiting for the disk; throws what the disk reported (also to an earlier flush).</summary>
    public void Finish()
    {
        Task? running;
        lock (_gate)
            running = _running;
        running?.GetAwaiter().GetResult();
        RandomAccess.FlushToDisk(_file);
    }

    /// <summary>Waits for a flush still running, ignoring its failure, and closes the handle: call with no connection open.</summary>
    public void Dispose()
    {
        Task? running;
        lock (_gate)
            running = _running;
        if (running is not null)
            Task.WaitAny(running); // does not rethrow: a failed build is being cleaned up, or Finish already reported it
        _file.Dispose();
    }
}
