namespace Playbooks.Core.KnowledgeBase;

/// <summary>
/// A file as the folder listing saw it. Its size and last write time come with the listing, so telling whether a file
/// changed since it was indexed needs no further call per file (at 100 000 playbooks the freshness check every
/// command runs first).
/// </summary>
/// <param name="Path">The full path, as the walk built it from the knowledge base folder.</param>
/// <param name="LastWriteUtc">The last write time in UTC.</param>
public sealed record ListedFile(string Path, long Length, DateTime LastWriteUtc)
{
    /// <summary>The path relative to the knowledge base, with forward slashes (<see cref="PlaybookFiles.Relative"/>).</summary>
    public string Relative { get; init; } = "";
}
