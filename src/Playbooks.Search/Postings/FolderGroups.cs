namespace Playbooks.Search.Postings;

/// <summary>
/// Which folder each playbook sits in, as a group number per dense playbook number: the knowledge base's own structure
/// that ranking regularises scores over (Ranking/FolderSmoothing). Teams keep one domain per folder (社群/电商/活动…, or
/// another team's files dropped in as a folder of their own), so a folder is a coarse cluster of related incidents.
/// Immutable; thread-safe.
/// </summary>
public sealed class FolderGroups
{
    private readonly int[] _groups;

    private FolderGroups(int[] groups)
    {
        _groups = groups;
        // Smoothing by folder only means something when the knowledge base has structure to smooth over: at least two
        // folders holding two or more playbooks each. A flat folder (or one folder and strays) ranks as before.
        Grouped = groups.CountBy(g => g).Count(g => g.Value >= 2) >= 2;
    }

    /// <summary>No grouping: every ranking is left as fused.</summary>
    public static FolderGroups None { get; } = new([]);

    /// <summary>True when at least two folders hold two or more playbooks each.</summary>
    public bool Grouped { get; }

    /// <summary>The group number of playbook <paramref name="doc"/>: equal numbers, same folder.</summary>
    public int this[int doc] => _groups[doc];

    /// <summary>
    /// Groups by the folder part of each playbook's path (in dense playbook order). Paths may be relative or absolute,
    /// with / or \: only equality of the folder part matters.
    /// </summary>
    public static FolderGroups Of(IEnumerable<string> paths)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var groups = new List<int>();
        foreach (var path in paths)
        {
            var cut = path.LastIndexOfAny(['/', '\\']);
            var folder = cut < 0 ? "" : path[..cut].Replace('\\', '/');
            if (!numbers.TryGetValue(folder, out var number))
                numbers[folder] = number = numbers.Count;
            groups.Add(number);
        }
        return new FolderGroups([.. groups]);
    }

    /// <summary>The groups <see cref="Of"/> gave before, as its <see cref="Numbers"/> (kept with the index).</summary>
    public static FolderGroups Numbered(int[] numbers) => new(numbers);

    /// <summary>Group numbers in dense playbook order (the browser search data carries them).</summary>
    public IReadOnlyList<int> Numbers => _groups;
}
