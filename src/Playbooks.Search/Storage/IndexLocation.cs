using Playbooks.Core.FileSystem;

namespace Playbooks.Search.Storage;

/// <summary>Where a knowledge base's index file lives.</summary>
public static class IndexLocation
{
    public const string EnvironmentVariable = "PLAYBOOKS_INDEX";
    public const string FileName = "index.sqlite";

    /// <summary>
    /// <c>$PLAYBOOKS_INDEX</c> when set; otherwise <c>&lt;knowledge base&gt;/.cache/index.sqlite</c> (the loader skips
    /// dot-folders and .gitignore excludes .cache); when the knowledge base is read-only, a file per knowledge base in
    /// the user's cache (<see cref="UserCache"/>); with no user cache either, the local path, which the engine then
    /// finds it cannot write and answers from memory.
    /// </summary>
    public static string For(string knowledgeBase, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        if (environment(EnvironmentVariable) is { Length: > 0 } explicitPath)
            return explicitPath;

        var local = Path.Combine(knowledgeBase, ".cache");
        if (CanWrite(local))
            return Path.Combine(local, FileName);

        if (UserCache.Folder(environment) is not { } cache)
            return Path.Combine(local, FileName);
        var key = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(Path.GetFullPath(knowledgeBase))))[..16];
        return Path.Combine(cache, key, FileName);
    }

    /// <summary>
    /// Whether a file can be created in <paramref name="folder"/>. Leaves nothing behind: a folder it had to create to
    /// find out is removed again, since the index must not be created before the knowledge base is known to hold
    /// playbooks (see <see cref="SearchEngine"/>).
    /// </summary>
    private static bool CanWrite(string folder)
    {
        var created = !Directory.Exists(folder);
        try
        {
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".probe-{Environment.ProcessId}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
        finally
        {
            if (created)
                IndexFile.RemoveIfEmpty(folder);
        }
    }
}
