namespace Playbooks.Server.Tests.Support;

internal static class RepositoryPaths
{
    /// <summary>The repository root: the nearest folder above the test binaries that holds Playbooks.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string Playbooks => Path.Combine(Root, "playbooks");

    /// <summary>The site tests' small knowledge base with hostile Markdown (script tags, javascript: links, handlers).</summary>
    public static string HostileKnowledgeBase => Path.Combine(Root, "tests", "Playbooks.Site.Tests", "Fixtures", "kb");

    /// <summary>The shared development query set beside the repository; may be absent.</summary>
    public static string DevQueries => Path.GetFullPath(Path.Combine(Root, "..", "shared", "dev-queries.tsv"));

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "Playbooks.sln")))
                return folder.FullName;
        throw new InvalidOperationException($"No Playbooks.sln above {AppContext.BaseDirectory}.");
    }
}
