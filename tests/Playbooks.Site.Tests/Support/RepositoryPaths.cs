namespace Playbooks.Site.Tests.Support;

internal static class RepositoryPaths
{
    /// <summary>The repository root: the nearest folder above the test binaries that holds Playbooks.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string BundledPlaybooks => Path.Combine(Root, "playbooks");

    /// <summary>The small knowledge base the snapshot and safety tests build (copied next to the test binaries).</summary>
    public static string FixtureKnowledgeBase => Path.Combine(AppContext.BaseDirectory, "Fixtures", "kb");

    /// <summary>The shared dev query set, beside the repository (absent on some machines).</summary>
    public static string DevQueries => Path.GetFullPath(Path.Combine(Root, "..", "shared", "dev-queries.tsv"));

    public static string TeamQueries => Path.Combine(Root, "tests", "queries", "team-queries.tsv");

    /// <summary>
    /// Another team's knowledge base and their query sets (playbooks/, queries-A.tsv, queries-B.tsv, queries-C.tsv), written apart
    /// from ours to check that ranking generalises; absent from branches made before it was added.
    /// </summary>
    public static string SecondTeamCorpus => Path.Combine(Root, "tests", "corpora", "second-team");

    public static string SecondTeamPlaybooks => Path.Combine(SecondTeamCorpus, "playbooks");

    /// <summary>The second team's query sets present on this machine (none when the corpus is absent).</summary>
    public static IReadOnlyList<string> SecondTeamQuerySets =>
        Directory.Exists(SecondTeamCorpus) ? Directory.GetFiles(SecondTeamCorpus, "queries-*.tsv").Order(StringComparer.Ordinal).ToList() : [];

    public const string SecondTeamAbsent = "tests/corpora/second-team/ (another team's corpus and queries) is not in this checkout yet.";

    /// <summary>A third team's knowledge base and its queries: a tuning corpus in five domains the others do not cover.</summary>
    public static string ThirdTeamPlaybooks => Path.Combine(Root, "tests", "corpora", "third-team", "playbooks");

    public static string ThirdTeamQueries => Path.Combine(Root, "tests", "corpora", "third-team", "queries.tsv");

    /// <summary>A fourth team's knowledge base and its blind queries: a check corpus in five more domains.</summary>
    public static string FourthTeamPlaybooks => Path.Combine(Root, "tests", "corpora", "fourth-team", "playbooks");

    public static string FourthTeamQueries => Path.Combine(Root, "tests", "corpora", "fourth-team", "queries.tsv");

    /// <summary>Source folder of this test project (snapshots are read from and written to it).</summary>
    public static string TestProject => Path.Combine(Root, "tests", "Playbooks.Site.Tests");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "Playbooks.sln")))
                return folder.FullName;
        throw new InvalidOperationException($"No Playbooks.sln above {AppContext.BaseDirectory}.");
    }
}
