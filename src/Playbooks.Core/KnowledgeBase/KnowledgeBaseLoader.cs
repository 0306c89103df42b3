using Playbooks.Core.Diagnostics;
using Playbooks.Core.Model;
using Playbooks.Core.Parsing;

namespace Playbooks.Core.KnowledgeBase;

/// <summary>Parses every file of a knowledge base and applies the checks that need the whole tree.</summary>
/// <param name="parser">Parses each file; one with the system clock when null.</param>
/// <param name="listing">How folders are listed; the real file system when null (tests simulate unreadable folders).</param>
public sealed class KnowledgeBaseLoader(PlaybookParser? parser = null, IFolderListing? listing = null)
{
    private readonly PlaybookParser _parser = parser ?? new PlaybookParser();

    /// <summary>Parses every playbook file under <paramref name="root"/>.</summary>
    /// <param name="root">The folder as the user gave it; every path in the result starts with it.</param>
    /// <param name="currentDirectory">
    /// What a relative <paramref name="root"/> is relative to (the caller's working directory, which in-process
    /// callers such as tests set apart from the process's); the process's working directory when null.
    /// </param>
    /// <remarks>
    /// Each file is read and parsed on its own (<see cref="PlaybookParser.ParseFile"/> never throws for a file's
    /// content or I/O), so a bad file only ever produces findings on itself; a subfolder that cannot be read is a
    /// warning in <see cref="LoadedKnowledgeBase.TreeFindings"/>.
    /// </remarks>
    /// <exception cref="PlaybooksException">The folder does not exist (code <c>missing-directory</c>) or may not be read (<c>unreadable-directory</c>).</exception>
    public LoadedKnowledgeBase Load(string root, string? currentDirectory = null)
    {
        var fullRoot = currentDirectory is null ? root : Path.GetFullPath(root, currentDirectory);
        if (!Directory.Exists(fullRoot))
            throw new PlaybooksException($"预案目录不存在：{root}", "检查路径，或用 --playbooks 指定预案目录", root, "missing-directory");

        PlaybookFiles.Listing files;
        try
        {
            files = PlaybookFiles.Scan(fullRoot, listing);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            throw new PlaybooksException($"无法读取预案目录 {root}：{ex.Message}", "检查目录的权限（例如 chmod u+rx），或用 --playbooks 指定别的目录", root, "unreadable-directory");
        }
        var results = files.Files
            .AsParallel().AsOrdered()
            .Select(file => _parser.ParseFile(file, DisplayPath(root, fullRoot, file)))
            .ToList();
        var folders = files.UnreadableFolders.Select(folder => UnreadableFolder(DisplayPath(root, fullRoot, folder)));
        return new LoadedKnowledgeBase(root, results, DuplicateIds(results).Concat(folders).ToList());
    }

    /// <summary>The warning for a subfolder the walk could not read; the same words on every front end.</summary>
    public static Finding UnreadableFolder(string displayPath) =>
        new(displayPath, 0, 0, FindingLevel.Warning, FindingCodes.UnreadableFolder,
            "无法读取这个目录（没有权限或已被删除），已跳过其中的预案",
            "检查目录权限（例如 chmod u+rx 目录名）；不需要的话把它移出预案目录");

    /// <summary>The path users see: the root as they gave it, joined with the file's relative path.</summary>
    public static string DisplayPath(string root, string file) => DisplayPath(root, root, file);

    private static string DisplayPath(string root, string fullRoot, string file) =>
        Path.Combine(root, PlaybookFiles.Relative(fullRoot, file)).Replace('\\', '/');

    private static IReadOnlyList<Finding> DuplicateIds(IReadOnlyList<ParsedFile> results)
    {
        var findings = new List<Finding>();
        var groups = results
            .Where(r => r.Playbook is not null)
            .GroupBy(r => r.Playbook!.Id, StringComparer.Ordinal)
            .Where(g => g.Count() > 1);
        foreach (var group in groups)
        {
            var paths = group.Select(r => r.Path).ToList();
            foreach (var result in group)
            {
                var others = string.Join("、", paths.Where(p => p != result.Path));
                var line = IdLine(result.Playbook!);
                findings.Add(new Finding(result.Path, line, 1, FindingLevel.Error, FindingCodes.DuplicateId,
                    $"id“{group.Key}”重复：{others} 也使用了这个 id",
                    "每个预案的 id 必须唯一；合并重复的预案，或给其中一个换 id 并同步改文件名"));
            }
        }
        return findings;
    }

    private static int IdLine(Playbook playbook)
    {
        var lines = playbook.RawText.Split('\n');
        for (var i = 0; i < Math.Min(lines.Length, 200); i++)
            if (lines[i].TrimStart().StartsWith("id:", StringComparison.Ordinal))
                return i + 1;
        return 1;
    }
}

/// <summary>The outcome of loading a knowledge base: each file's parse plus tree-wide findings.</summary>
public sealed record LoadedKnowledgeBase(string Root, IReadOnlyList<ParsedFile> Files, IReadOnlyList<Finding> TreeFindings)
{
    /// <summary>Every finding, file by file in path order, tree-wide findings merged in place.</summary>
    public IReadOnlyList<Finding> Findings =>
        Files.SelectMany(f => f.Findings).Concat(TreeFindings)
            .OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column)
            .ToList();

    /// <summary>Files with errors (including duplicate ids): never trusted by search or the site.</summary>
    public IReadOnlyList<ParsedFile> Broken =>
        Files.Where(f => f.HasErrors || TreeFindings.Any(t => t.Path == f.Path)).ToList();

    /// <summary>Playbooks and guides without errors, in path order.</summary>
    public IReadOnlyList<Playbook> Valid
    {
        get
        {
            var broken = Broken.Select(b => b.Path).ToHashSet();
            return Files.Where(f => f.Playbook is not null && !broken.Contains(f.Path)).Select(f => f.Playbook!).ToList();
        }
    }

    public int ErrorCount => Findings.Count(f => f.IsError);
    public int WarningCount => Findings.Count(f => !f.IsError);
}
