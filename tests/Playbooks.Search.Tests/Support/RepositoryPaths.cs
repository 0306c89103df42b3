namespace Playbooks.Search.Tests.Support;

internal static class RepositoryPaths
{
    /// <summary>The nearest folder above the test binaries that holds Playbooks.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The bundled knowledge base.</summary>
    public static string Playbooks => Path.Combine(Root, "playbooks");

    /// <summary>The labelled dev query set, kept beside the repository (shared/), which a bare clone may lack.</summary>
    public static string DevQueries => Path.GetFullPath(Path.Combine(Root, "..", "shared", "dev-queries.tsv"));

    /// <summary>The team's blind query set, in the repository.</summary>
    public static string TeamQueries => Path.Combine(Root, "tests", "queries", "team-queries.tsv");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "Playbooks.sln")))
                return folder.FullName;
        throw new InvalidOperationException($"No Playbooks.sln above {AppContext.BaseDirectory}; run the tests from the repository.");
    }
}
