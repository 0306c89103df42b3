using Playbooks.Tests.Shared;

namespace Playbooks.Benchmarks.Quality;

/// <summary>
/// A throw-away knowledge base holding a copy of the bundled playbooks (with their lexicon) and another team's
/// folder beside them as <c>second-team/</c>: the setting of the independent check in issue #13.
/// </summary>
internal static class CombinedKnowledgeBase
{
    public static string Ensure(string bundled, string other)
    {
        var folder = Path.Combine(Path.GetTempPath(), "playbooks-quality", "second+bundled");
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
        FolderCopy.Copy(bundled, folder);
        FolderCopy.Copy(other, Path.Combine(folder, "second-team"));
        return folder;
    }
}
