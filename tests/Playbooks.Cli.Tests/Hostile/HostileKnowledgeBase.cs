using Playbooks.Cli.Tests.Support;
using Playbooks.Tests.Shared;

namespace Playbooks.Cli.Tests.Hostile;

/// <summary>
/// A knowledge base in a temp folder (<c>kb/</c> under <see cref="Root"/>) with two good playbooks and whatever hostile
/// entries a test adds: files that crash or stall naive parsers, pipes, links to devices, link loops, unreadable
/// folders. Commands run with the temp folder as working directory, so paths read <c>kb/…</c> as a user would see them.
/// </summary>
internal sealed class HostileKnowledgeBase : IDisposable
{
    private readonly TempDirectory _temp = new();

    public HostileKnowledgeBase()
    {
        _temp.Write("kb/community/bot-flood.md", SamplePlaybooks.Valid("bot-flood", "机器人小号批量进群刷屏"));
        _temp.Write("kb/user/refund-wave.md", SamplePlaybooks.Valid("refund-wave", "改版后集中退款", severity: "中"));
    }

    public string Root => _temp.Path;

    public CliRunner Cli() => new(Root);

    /// <summary>A valid playbook with <paramref name="tail"/> appended to its last section; returns its path as shown (<c>kb/…</c>).</summary>
    public string AddPlaybookEndingWith(string relative, string tail)
    {
        var id = Path.GetFileNameWithoutExtension(relative);
        _temp.Write("kb/" + relative, SamplePlaybooks.Valid(id, "病态输入的预案") + tail + "\n");
        return "kb/" + relative;
    }

    public string AddPlaybookTitled(string relative, string title)
    {
        _temp.Write("kb/" + relative, SamplePlaybooks.Valid(Path.GetFileNameWithoutExtension(relative), title));
        return "kb/" + relative;
    }

    public string AddSymlink(string relative, string target)
    {
        File.CreateSymbolicLink(_temp.Combine("kb/" + relative), target);
        return "kb/" + relative;
    }

    public string AddFolderLink(string relative, string target)
    {
        _temp.CreateDirectory(Path.GetDirectoryName("kb/" + relative)!);
        Directory.CreateSymbolicLink(_temp.Combine("kb/" + relative), target);
        return "kb/" + relative;
    }

    /// <returns>False when <c>mkfifo</c> is not available.</returns>
    public bool TryAddFifo(string relative) => NamedPipes.TryCreate(_temp.Combine("kb/" + relative));

    /// <summary>A folder holding a playbook, with all permissions removed.</summary>
    public string AddUnreadableFolder(string relative)
    {
        _temp.Write($"kb/{relative}/hidden.md", SamplePlaybooks.Valid("hidden", "看不到的预案"));
        File.SetUnixFileMode(_temp.Combine("kb/" + relative), UnixFileMode.None);
        return "kb/" + relative;
    }

    /// <summary>Everything under <see cref="Root"/> except the knowledge base and the site folder: must not change.</summary>
    public IReadOnlyList<string> EntriesOutsideKnowledgeBaseAndSite() =>
        Directory.EnumerateFileSystemEntries(Root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true })
            .Select(p => Path.GetRelativePath(Root, p).Replace('\\', '/'))
            .Where(p => !(p is "kb" or "site" || p.StartsWith("kb/", StringComparison.Ordinal) || p.StartsWith("site/", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToList();

    public void Dispose()
    {
        // Give back the permissions, or the temp folder cannot be deleted.
        foreach (var folder in Directory.EnumerateDirectories(Root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true }))
            if (!OperatingSystem.IsWindows())
                File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        _temp.Dispose();
    }
}
