using Playbooks.Core.KnowledgeBase;
using Playbooks.Search.Storage;

namespace Playbooks.Search.Indexing;

/// <summary>
/// Tells, without reading the index's rows, that the files are exactly as last indexed: the quick answer of the
/// freshness check every command runs, which at 100 000 playbooks would otherwise build a dictionary of every indexed
/// file first. Anything else (a new, missing, renamed, resized or re-timed file, a folder that cannot be read) answers
/// false, and the full comparison decides what changed.
/// </summary>
internal static class UnchangedListing
{
    /// <summary>
    /// True when <paramref name="listing"/> holds the same paths as <paramref name="stamps"/>, each with the same size and
    /// modification time, and no stamp is the "read again" mark (0) of a file indexed while it could still change. Both
    /// are ordered by path the same way (ordinal), so this is one pass in step.
    /// </summary>
    public static bool Matches(PlaybookFiles.Listing listing, FileStamps stamps)
    {
        var entries = listing.Entries;
        if (listing.UnreadableFolders.Count > 0 || entries.Count != stamps.Count)
            return false;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var modified = stamps.Modified(i);
            if (modified == 0 || modified != entry.LastWriteUtc.Ticks || stamps.Size(i) != entry.Length
                || !entry.Relative.AsSpan().SequenceEqual(stamps.Path(i)))
                return false;
        }
        return true;
    }
}
