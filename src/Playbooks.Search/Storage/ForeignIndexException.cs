namespace Playbooks.Search.Storage;

/// <summary>
/// The index file at an explicit location (<c>PLAYBOOKS_INDEX</c>) holds another knowledge base. One index holds one
/// knowledge base: two of them sharing the file would rewrite it in turn, and a search could read the other one's
/// playbooks between the two writes. The engine answers from memory instead (see <see cref="IndexFailure"/>).
/// </summary>
public sealed class ForeignIndexException(string owner) : Exception($"index belongs to {owner}")
{
    /// <summary>The full path of the knowledge base the index file was written for.</summary>
    public string Owner { get; } = owner;

    /// <summary>
    /// Whether an index last written for <paramref name="owner"/> (null or empty: before owners were recorded) is
    /// another knowledge base's, from <paramref name="knowledgeBase"/>'s view. An owner folder that is gone is not: the
    /// knowledge base was moved or renamed, and its index (keyed by relative paths) is still good.
    /// </summary>
    public static bool IsForeign(string? owner, string knowledgeBase) =>
        owner is { Length: > 0 } && owner != knowledgeBase && Directory.Exists(owner);
}
