using Microsoft.Data.Sqlite;

namespace Playbooks.Search.Storage;

/// <summary>
/// Notices that another process replaced the index file (a rebuild after corruption or a schema change moves a new
/// file into place, <see cref="IndexFile.Publish"/>). Pooled SQLite connections keep the replaced file open and would
/// read it, and write to it, for as long as the process lives; a long-running server asks this and reopens its store.
/// </summary>
/// <remarks>
/// A file is known by its index id (<see cref="IndexGeneration.IndexId"/>, drawn when the file is created): .NET has no
/// portable inode. Reading the id takes a connection of its own, outside the pool (a pooled one may be the replaced
/// file's), so it is read only after the file's size or modification time moved; a checkpoint moves them too, and then
/// the id is the same and nothing happens. Not thread-safe: the engine calls it under its refresh lock.
/// </remarks>
internal sealed class ReplacedIndexCheck(string path, TimeSpan interval)
{
    private string? _id;
    private (long Length, DateTime Written)? _stamp;
    private long _dueAt;

    /// <summary>True when <paramref name="interval"/> has passed since the last look; cheap, for every search.</summary>
    public bool IsDue => Environment.TickCount64 >= Volatile.Read(ref _dueAt);

    /// <summary>Remembers <paramref name="store"/>, just opened at the path, as the file in use.</summary>
    public void Opened(IndexStore store)
    {
        _stamp = IndexFile.Stamp(path);
        _id = store.ReadMeta(IndexGeneration.IdKey);
        Volatile.Write(ref _dueAt, Environment.TickCount64 + (long)interval.TotalMilliseconds);
    }

    /// <summary>True when the file now at the path is another index than the one opened.</summary>
    public bool Replaced()
    {
        Volatile.Write(ref _dueAt, Environment.TickCount64 + (long)interval.TotalMilliseconds);
        var stamp = IndexFile.Stamp(path);
        if (stamp is null || stamp == _stamp)
            return false; // gone for the moment of a rename, or untouched
        _stamp = stamp;
        return ReadId(path) is { } id && id != _id;
    }

    /// <summary>The index id of the file at <paramref name="path"/>, or null when it cannot be read just now.</summary>
    private static string? ReadId(string path)
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWrite, // never creates a file that was moved away meanwhile
            Pooling = false,
        }.ToString();
        try
        {
            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            return MetaTable.Read(connection, null, IndexGeneration.IdKey);
        }
        catch (SqliteException)
        {
            return null; // being replaced, locked or broken: the next look, or the next read, finds out
        }
    }
}
