using Playbooks.Tests.Shared;

namespace Playbooks.Benchmarks.Quality;

/// <summary>
/// A throw-away knowledge base holding a copy of the bundled playbooks (with their lexicon) and another team's
/// folder beside them as <c>&lt;team&gt;-team/</c>: for <c>second</c> the setting of the independent check in issue #13,
/// for <c>third</c> the same setting on the tuning corpus.
/// </summary>
internal static class CombinedKnowledgeBase
{
    public static string Ensure(string bundled, string other, string team)
    {
        var folder = Path.Combine(Path.GetTempPath(), "playbooks-quality", $"{team}+bundled");
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
        FolderCopy.Copy(bundled, folder);
        FolderCopy.Copy(other, Path.Combine(folder, $"{team}-team"));
        return folder;
    }
}
