namespace Playbooks.Benchmarks.Corpora;

/// <summary>Finds the repository (and its bundled playbooks) from wherever the benchmark runs.</summary>
internal static class RepositoryPaths
{
    /// <summary>The folder holding Playbooks.sln, searched upwards from the working directory, then from the binaries.</summary>
    /// <exception cref="DirectoryNotFoundException">Run from outside the repository with the binaries copied elsewhere.</exception>
    public static string Root { get; } = Find(Environment.CurrentDirectory) ?? Find(AppContext.BaseDirectory)
        ?? throw new DirectoryNotFoundException("Cannot find Playbooks.sln above the working directory or the benchmark binaries; run from the repository.");

    public static string BundledPlaybooks => Path.Combine(Root, "playbooks");

    private static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Playbooks.sln")))
                return dir.FullName;
        return null;
    }
}
