namespace Playbooks.Cli.Native;

/// <summary>
/// Finds the <c>dotnet</c> host the way a framework-dependent .NET program is found: the host that started a tool
/// (<c>DOTNET_HOST_PATH</c>), then <c>DOTNET_ROOT</c>, then <c>PATH</c>, then the distributions' install folders.
/// </summary>
internal static class DotnetHost
{
    private static readonly string[] InstallFolders = ["/usr/share/dotnet", "/usr/lib/dotnet", "/usr/local/share/dotnet", "/opt/dotnet"];

    public static string? Find()
    {
        var candidates = new List<string?>
        {
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH"),
            InFolder(Environment.GetEnvironmentVariable("DOTNET_ROOT")),
        };
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
            candidates.Add(InFolder(folder));
        candidates.AddRange(InstallFolders.Select(InFolder));
        return candidates.FirstOrDefault(path => path is not null && File.Exists(path));
    }

    private static string? InFolder(string? folder) => string.IsNullOrEmpty(folder) ? null : Path.Combine(folder, "dotnet");
}
