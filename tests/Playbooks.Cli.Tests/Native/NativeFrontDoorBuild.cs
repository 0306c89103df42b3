using System.Diagnostics;
using System.Runtime.InteropServices;
using Playbooks.Cli.Tests.Support;

namespace Playbooks.Cli.Tests.Native;

/// <summary>
/// The native front door as <c>dotnet publish src/Playbooks.Cli.Native -c Release</c> writes it (the native
/// <c>playbooks</c> with the managed build beside it), published once per test class. Native AOT links with clang:
/// without it the tests are skipped with the reason, unless PLAYBOOKS_REQUIRE_BROWSER=1 (set by .ci/run, which
/// installs clang), when they fail instead.
/// </summary>
public sealed class NativeFrontDoorBuild : IAsyncLifetime
{
    private const string RequireVariable = "PLAYBOOKS_REQUIRE_BROWSER";
    /// <summary>
    /// A hang guard, not a build-time target: the Native AOT publish ran past 20 minutes (the old bound) in a full
    /// `dotnet test Playbooks.sln` on a 2-core machine at load average ~50, failing all 26 native tests at once.
    /// </summary>
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(60);

    private static readonly string Project = Path.Combine(RepositoryPaths.Root, "src", "Playbooks.Cli.Native");

    /// <summary>The published native executable; null when it could not be built here (see <see cref="SkipReason"/>).</summary>
    public string? Executable { get; private set; }

    public string? SkipReason { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (RuntimeInformation.RuntimeIdentifier != "linux-x64")
        {
            SkipReason = $"the native front door is built on linux-x64 only (this is {RuntimeInformation.RuntimeIdentifier})";
            return;
        }
        if (!OnPath("clang"))
        {
            SkipReason = "clang is not installed (apt-get install clang zlib1g-dev): Native AOT links with it";
            return;
        }
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])["publish", Project, "-c", "Release", "-nologo"])
            start.ArgumentList.Add(argument);
        var result = await CliProcess.RunAsync(start, PublishTimeout);
        Assert.True(result.ExitCode == 0, $"dotnet publish {Project} failed ({result.ExitCode}):\n{result.Out}\n{result.Error}");
        Executable = Path.Combine(Project, "bin", "Release", "net10.0", "linux-x64", "publish", "playbooks");
        Assert.True(File.Exists(Executable), $"{Executable} was not published");
    }

    /// <summary>Skips the calling test when the front door could not be built here (fails instead under CI).</summary>
    public string Require()
    {
        if (SkipReason is { } reason)
        {
            if (Environment.GetEnvironmentVariable(RequireVariable) == "1")
                Assert.Fail($"{reason}; {RequireVariable}=1 demands the native front door tests run.");
            Assert.Skip(reason);
        }
        return Executable!;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(folder => folder.Length > 0 && File.Exists(Path.Combine(folder, program)));
}
