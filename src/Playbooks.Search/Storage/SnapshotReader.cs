namespace Playbooks.Search.Storage;

/// <summary>
/// A search's way to SQLite when it starts from a snapshot it already holds: the reader is opened only if the search
/// needs something the snapshot lacks (a term's postings, a playbook not shown before), and only while the file is
/// still at the snapshot's generation. When another process has committed since, <see cref="Get"/> throws
/// <see cref="StaleException"/> before anything is read, so a snapshot never mixes two generations; the searcher then
/// starts over from a new one. Not thread-safe: one per search, disposed after it.
/// </summary>
internal sealed class SnapshotReader(IndexStore store, IndexGeneration generation) : IDisposable
{
    private IndexReader? _reader;

    /// <summary>True once <see cref="Get"/> has opened the reader (and so checked the generation).</summary>
    public bool Opened => _reader is not null;

    /// <summary>The reader, opened on first call.</summary>
    /// <exception cref="StaleException">The index is no longer at the snapshot's generation.</exception>
    public IndexReader Get()
    {
        if (_reader is { } open)
            return open;
        var reader = store.OpenReader();
        if (reader.Generation() != generation)
        {
            reader.Dispose();
            throw new StaleException();
        }
        return _reader = reader;
    }

    public void Dispose() => _reader?.Dispose();

    /// <summary>The snapshot is of an older generation than the file: rare (another process refreshed), so an exception.</summary>
    public sealed class StaleException : Exception;
}
