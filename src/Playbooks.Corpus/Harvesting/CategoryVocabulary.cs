namespace Playbooks.Corpus.Harvesting;

/// <summary>One incident category of the real corpus: its folder, owners, and the pools of each of its playbooks.</summary>
internal sealed class CategoryVocabulary(string name, string folder, IReadOnlyList<string> owners, IReadOnlyList<ClausePools> sources)
{
    /// <summary>The front-matter category, for example 社群运营.</summary>
    public string Name { get; } = name;

    /// <summary>The knowledge-base folder most of its playbooks live in, for example community.</summary>
    public string Folder { get; } = folder;

    public IReadOnlyList<string> Owners { get; } = owners;

    /// <summary>One pool per real playbook of the category: a synthetic playbook takes most of its text from one of them.</summary>
    public IReadOnlyList<ClausePools> Sources { get; } = sources;

    /// <summary>Every playbook of the category together.</summary>
    public ClausePools All { get; } = Union(sources);

    /// <summary>How many real playbooks the category has: synthetic ones are spread in the same proportions.</summary>
    public int Weight => Sources.Count;

    private static ClausePools Union(IReadOnlyList<ClausePools> sources)
    {
        var all = new ClausePools();
        foreach (var source in sources)
            all.AddRange(source);
        return all;
    }
}
