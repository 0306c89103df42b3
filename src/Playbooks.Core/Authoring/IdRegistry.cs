using Playbooks.Core.KnowledgeBase;

namespace Playbooks.Core.Authoring;

/// <summary>
/// The ids already used in a knowledge base, each with the file that uses it, so a new playbook never takes one.
/// An id counts as used when a file declares it or when a file is named after it (a broken file still owns its name).
/// Not thread-safe.
/// </summary>
public sealed class IdRegistry
{
    private readonly Dictionary<string, string> _paths = new(StringComparer.Ordinal);

    /// <summary>Every id and file stem of the knowledge base, with the path users see.</summary>
    public static IdRegistry From(LoadedKnowledgeBase knowledgeBase)
    {
        var registry = new IdRegistry();
        foreach (var file in knowledgeBase.Files)
        {
            if (file.Playbook is { Id.Length: > 0 } playbook)
                registry._paths.TryAdd(playbook.Id, file.Path);
            registry._paths.TryAdd(Path.GetFileNameWithoutExtension(file.Path), file.Path);
            registry._paths.TryAdd(PlaybookFiles.NameId(file.Path), file.Path); // a folder's README goes by its folder
        }
        return registry;
    }

    /// <summary>The file that uses <paramref name="id"/>, or null when it is free.</summary>
    public string? PathOf(string id) => _paths.GetValueOrDefault(id);

    public bool IsTaken(string id) => _paths.ContainsKey(id);

    /// <summary>Marks <paramref name="id"/> as used by <paramref name="path"/> (a file about to be written).</summary>
    public void Reserve(string id, string path) => _paths.TryAdd(id, path);

    /// <summary><paramref name="id"/> itself when free, else the first free <c>id-2</c>, <c>id-3</c>, ….</summary>
    public string Unique(string id)
    {
        if (!IsTaken(id))
            return id;
        for (var n = 2; ; n++)
        {
            var candidate = $"{id}-{n}";
            if (!IsTaken(candidate))
                return candidate;
        }
    }
}
