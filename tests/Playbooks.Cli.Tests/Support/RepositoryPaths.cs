namespace Playbooks.Cli.Tests.Support;

internal static class RepositoryPaths
{
    /// <summary>The repository root: the nearest folder above the test binaries that holds Playbooks.sln.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "Playbooks.sln")))
                return folder.FullName;
        throw new InvalidOperationException($"No Playbooks.sln above {AppContext.BaseDirectory}.");
    }
}
