namespace Playbooks.Core.Tests;

/// <summary>Where the tests find their inputs: copied fixtures beside the test assembly, and the repository itself.</summary>
internal static class TestPaths
{
    /// <summary>Fixtures/ as copied to the output folder (the csproj copies Fixtures/** and Specs/*.md).</summary>
    public static string Fixtures { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string Specs { get; } = Path.Combine(AppContext.BaseDirectory, "Specs");

    /// <summary>
    /// The folder holding Playbooks.sln, found by walking up from the test assembly, so the tests work from
    /// bin/Debug/net10.0, bin/Release/… or an IDE's own output folder alike.
    /// </summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Playbooks.sln")))
                return dir.FullName;
        throw new InvalidOperationException($"No Playbooks.sln above {AppContext.BaseDirectory}; run the tests from the repository.");
    }
}
