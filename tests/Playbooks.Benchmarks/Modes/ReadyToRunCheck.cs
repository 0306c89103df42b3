using System.Reflection.PortableExecutable;

namespace Playbooks.Benchmarks.Modes;

/// <summary>
/// Whether the <c>playbooks.dll</c> behind a CLI path (an installed tool's command, which may be a symbolic link to the
/// package's apphost, a published apphost, or the .dll itself) carries ReadyToRun code, so that <c>cli-startup</c>
/// says which build it timed: the portable tool package is JIT-only, the platform packages are precompiled.
/// </summary>
internal static class ReadyToRunCheck
{
    /// <summary>
    /// "AOT" for the native front door (whose managed build beside it only serves other commands), else "yes", "no",
    /// or "?" when no playbooks.dll sits next to <paramref name="cli"/>.
    /// </summary>
    public static string Describe(string cli)
    {
        var target = new FileInfo(cli).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? cli;
        if (IsNativeAot(target))
            return "AOT";
        var dll = target.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            ? target
            : Path.Combine(Path.GetDirectoryName(target)!, "playbooks.dll");
        if (!File.Exists(dll))
            dll = FindInToolStore(cli);
        if (dll is null)
            return "?";
        using var reader = new PEReader(File.OpenRead(dll));
        // crossgen2 writes a managed native header (the ReadyToRun header) into the CLI header; IL-only assemblies have none.
        return reader.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0 ? "yes" : "no";
    }

    // Native AOT puts its compiled code in an ELF/Mach-O section of this name; an apphost has none.
    private static readonly byte[] ManagedCodeSection = "__managedcode\0"u8.ToArray();

    private static bool IsNativeAot(string path) =>
        !path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) && File.Exists(path)
        && File.ReadAllBytes(path).AsSpan().IndexOf(ManagedCodeSection) >= 0;

    /// <summary>A portable tool's command is a small launcher; its playbooks.dll lives under .store next to it.</summary>
    private static string? FindInToolStore(string cli)
    {
        var store = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(cli))!, ".store");
        return Directory.Exists(store)
            ? Directory.EnumerateFiles(store, "playbooks.dll", SearchOption.AllDirectories).FirstOrDefault()
            : null;
    }
}
