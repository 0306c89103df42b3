using Playbooks.Core.Diagnostics;
using Playbooks.Core.Model;
using Playbooks.Core.Parsing;
using Playbooks.Core.References;
using Playbooks.Core.Settings;
using Playbooks.Core.SopChecks;

namespace Playbooks.Core.KnowledgeBase;

/// <summary>Parses every file of a knowledge base and applies the checks that need the whole tree (shared ids, references to missing playbooks).</summary>
/// <param name="parser">Parses each file; one with the system clock when null.</param>
/// <param name="listing">How folders are listed; the real file system when null (tests simulate unreadable folders).</param>
public sealed class KnowledgeBaseLoader(PlaybookParser? parser = null, IFolderListing? listing = null)
{
    private readonly PlaybookParser _parser = parser ?? new PlaybookParser();

    /// <summary>Parses every playbook file under <paramref name="root"/>, with the settings of its <c>playbooks.yml</c>.</summary>
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
    /// <exception cref="PlaybooksException">
    /// The folder does not exist (code <c>missing-directory</c>) or may not be read (<c>unreadable-directory</c>). The
    /// remedies name no command-line option: the CLI adds its own.
    /// </exception>
    public LoadedKnowledgeBase Load(string root, string? currentDirectory = null)
    {
        var fullRoot = currentDirectory is null ? root : Path.GetFullPath(root, currentDirectory);
        if (!Directory.Exists(fullRoot))
            throw new PlaybooksException($"预案目录不存在：{root}", "检查路径", root, ErrorKind.MissingDirectory);

        var settings = SettingsFile.Load(fullRoot, root);
        var parser = _parser.With(settings.Severity);
        PlaybookFiles.Listing files;
        try
        {
            files = PlaybookFiles.Scan(fullRoot, listing);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            throw UnreadableDirectory(root, ex);
        }
        // A README that documents its folder is dropped here, as if never listed: no command shows or counts it.
        var parsed = files.Entries
            .AsParallel().AsOrdered()
            .Select(file => (File: WithSopChecks(parser.ParseFile(file.Path, DisplayPathOfRelative(root, file.Relative), file.Relative), settings.Lint), Listed: file))
            .Where(f => !f.File.IsDocumentation)
            .ToList();
        var treeFindings = new List<Finding>();
        var results = UniqueIds(parsed.Select(f => f.File).ToList(), parsed.Select(f => f.Listed.Relative).ToList(), treeFindings);
        treeFindings.AddRange(DanglingReferences.Check(results.Zip(parsed, (result, file) => (result, file.Listed.Path)).ToList()));
        var folders = files.UnreadableFolders.Select(folder => UnreadableFolder(DisplayPath(root, fullRoot, folder)));
        return new LoadedKnowledgeBase(root, results, [.. settings.Findings, .. treeFindings, .. folders]);
    }

    /// <summary>
    /// The knowledge base folder itself may not be listed (code <c>unreadable-directory</c>); the same words from the
    /// loader and the search index. Front ends add their own way to name another folder.
    /// </summary>
    public static PlaybooksException UnreadableDirectory(string root, Exception ex) =>
        new($"无法读取预案目录 {root}：{(ex is UnauthorizedAccessException ? "没有读取权限" : ex.Message)}", "检查目录的权限（例如 chmod u+rx）", root, ErrorKind.UnreadableDirectory);

    // SOP quality is judged on what readers get: only a usable playbook has sections worth checking.
    private static ParsedFile WithSopChecks(ParsedFile file, LintRules rules) =>
        file is { IsUsable: true, Playbook: { } playbook } ? file with { Findings = [.. file.Findings, .. SopChecker.Check(playbook, rules)] } : file;

    /// <summary>The warning for a subfolder the walk could not read; the same words on every front end.</summary>
    public static Finding UnreadableFolder(string displayPath) =>
        new(displayPath, 0, 0, FindingLevel.Warning, FindingCodes.UnreadableFolder,
            "无法读取这个目录（没有权限或已被删除），已跳过其中的预案",
            "检查目录权限（例如 chmod u+rx 目录名）；不需要的话把它移出预案目录");

    /// <summary>The path users see: the root as they gave it, joined with the file's relative path.</summary>
    public static string DisplayPath(string root, string file) => DisplayPath(root, root, file);

    private static string DisplayPath(string root, string fullRoot, string file) => DisplayPathOfRelative(root, PlaybookFiles.Relative(fullRoot, file));

    /// <summary>The path shown for a file known by its path relative to <paramref name="root"/> (<see cref="ListedFile.Relative"/>).</summary>
    public static string DisplayPathOfRelative(string root, string relative) => Path.Combine(root, relative).Replace('\\', '/');

    /// <summary>
    /// Gives every playbook a distinct id by <see cref="SharedIds"/> (the rule the search index follows too): where files
    /// share one, the file named after it keeps it, else the first in path order, and the others go by an id made from
    /// their file name. Every file of such a group gets a warning.
    /// </summary>
    /// <param name="relative">Each result's path relative to the knowledge base: a file's own name is read from it, as the index does.</param>
    private static List<ParsedFile> UniqueIds(List<ParsedFile> results, List<string> relative, List<Finding> findings)
    {
        var sharing = results.Where(r => r.Playbook is not null)
            .GroupBy(r => r.Playbook!.Id, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Path).ToList(), StringComparer.Ordinal);
        if (sharing.Count == 0)
            return results;

        var resolved = SharedIds.Resolve(results.Zip(relative).Where(r => r.First.Playbook is not null).Select(r => (r.Second, r.First.Playbook!.Id)));
        var unique = new List<ParsedFile>(results.Count);
        foreach (var (result, relativePath) in results.Zip(relative))
        {
            if (result.Playbook is not { } playbook || !sharing.TryGetValue(playbook.Id, out var paths))
            {
                unique.Add(result);
                continue;
            }
            var others = string.Join("、", paths.Where(p => p != result.Path));
            var line = IdLine(playbook);
            var id = resolved[relativePath];
            if (id == playbook.Id)
            {
                findings.Add(new Finding(result.Path, line, 1, FindingLevel.Warning, FindingCodes.DuplicateId,
                    $"id“{playbook.Id}”重复：{others} 也使用了这个 id", DuplicateFix));
                unique.Add(result);
                continue;
            }
            findings.Add(new Finding(result.Path, line, 1, FindingLevel.Warning, FindingCodes.DuplicateId,
                $"id“{playbook.Id}”重复：{others} 也使用了这个 id；本文件暂用“{id}”", DuplicateFix));
            unique.Add(result with { Playbook = playbook with { Id = id } });
        }
        return unique;
    }

    private const string DuplicateFix = "每个预案的 id 必须唯一；合并重复的预案，或给其中一个换 id 并同步改文件名";

    private static int IdLine(Playbook playbook)
    {
        var lines = playbook.RawText.Split('\n');
        for (var i = 0; i < Math.Min(lines.Length, 200); i++)
            if (lines[i].TrimStart().StartsWith("id:", StringComparison.Ordinal))
                return i + 1;
        return 1;
    }
}

/// <summary>
/// The outcome of loading a knowledge base: each file's parse plus findings about the whole tree (shared ids) and its
/// <c>playbooks.yml</c>.
/// </summary>
public sealed record LoadedKnowledgeBase(string Root, IReadOnlyList<ParsedFile> Files, IReadOnlyList<Finding> TreeFindings)
{
    /// <summary>Every finding, file by file in path order, tree-wide findings merged in place.</summary>
    public IReadOnlyList<Finding> Findings =>
        Files.SelectMany(f => f.Findings).Concat(TreeFindings)
            .OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column)
            .ToList();

    /// <summary>
    /// Files that could not be read (empty, not UTF-8, too large, or a playbook without a single section): the only
    /// ones left out (<see cref="ParsedFile.IsUsable"/>). A file with other errors (a missing section, unreadable front
    /// matter) is still shown, as lint's errors are about quality, not about whether the text can be read.
    /// </summary>
    public IReadOnlyList<ParsedFile> Broken => Files.Where(f => !f.IsUsable).ToList();

    /// <summary>Every playbook and guide that could be read, in path order, with distinct ids.</summary>
    public IReadOnlyList<Playbook> Valid => Files.Where(f => f.IsUsable).Select(f => f.Playbook!).ToList();

    /// <summary>
    /// How many playbooks carry metadata problems (<see cref="FindingCodes.Metadata"/>; every file of a shared id has
    /// one): the "N 个预案的元数据有问题" note. The search index counts the same files (its rows are the playbooks, each
    /// flagged alike), so search, list, serve and the site print the same number. Guides are not counted: they are not
    /// 预案 and not in the index; lint still reports their problems.
    /// </summary>
    public int MetadataProblemCount
    {
        get
        {
            var paths = Findings.Where(f => FindingCodes.Metadata.Contains(f.Code)).Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
            return Files.Count(f => f.IsUsable && f.Playbook!.Kind == PlaybookKind.Playbook && paths.Contains(f.Path));
        }
    }

    public int ErrorCount => Findings.Count(f => f.IsError);
    public int WarningCount => Findings.Count(f => !f.IsError);
}
