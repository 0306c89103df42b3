namespace Playbooks.Core.FileSystem;

/// <summary>
/// The tool's folder in the user's cache, for what is kept outside a knowledge base (ICU's character tables, the index
/// of a read-only knowledge base): one rule for both.
/// </summary>
public static class UserCache
{
    /// <summary>
    /// <c>$XDG_CACHE_HOME/playbooks</c>, else <c>~/.cache/playbooks</c>. A relative <c>XDG_CACHE_HOME</c> is ignored,
    /// as the XDG base directory specification says; null when there is no absolute folder to use (no home folder).
    /// </summary>
    public static string? Folder(Func<string, string?> environment)
    {
        var cacheHome = environment("XDG_CACHE_HOME") is { Length: > 0 } xdg && Path.IsPathFullyQualified(xdg)
            ? xdg
            : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } home
                ? Path.Combine(home, ".cache")
                : null;
        return cacheHome is not null && Path.IsPathFullyQualified(cacheHome) ? Path.Combine(cacheHome, "playbooks") : null;
    }
}
