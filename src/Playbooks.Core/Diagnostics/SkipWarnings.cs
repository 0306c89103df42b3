namespace Playbooks.Core.Diagnostics;

/// <summary>
/// The one line that commands other than lint print (on stderr) for a file or folder they left out, so search,
/// list, show, stale, site and serve all say the same as each other and name the same problem as lint.
/// </summary>
public static class SkipWarnings
{
    /// <summary>
    /// <c>警告：已跳过 path：reason</c>, with the line (<c>path:3</c>) when the reason has one. Access problems come
    /// first (nothing else could be read); otherwise the first error says what kept the file out.
    /// </summary>
    public static string For(string path, IEnumerable<Finding> findings) =>
        OneLine.Of(Reason(findings) switch
        {
            { Line: > 0 } reason when !IsAboutAccess(reason) => $"警告：已跳过 {path}:{reason.Line}：{reason.Message}",
            { } reason => $"警告：已跳过 {path}：{reason.Message}",
            null => $"警告：已跳过无法读取的文件 {path}",
        });

    /// <summary>The finding <see cref="For"/> names: the first access problem, else the first error; null when there is neither.</summary>
    public static Finding? Reason(IEnumerable<Finding> findings)
    {
        var list = findings as IReadOnlyCollection<Finding> ?? findings.ToList();
        return list.FirstOrDefault(IsAboutAccess) ?? list.FirstOrDefault(f => f.IsError);
    }

    /// <summary>
    /// Skip lines printed one by one before the rest become one summary line: a folder that also holds thousands of
    /// ordinary notes (meeting minutes, a wiki export) would otherwise print one line per note on every search.
    /// </summary>
    public const int MaxListed = 20;

    /// <summary>
    /// <paramref name="lines"/> (skip warnings, one per file or folder) as printed: the first <see cref="MaxListed"/>,
    /// then one line counting the rest. lint, and <c>/healthz</c> under <c>serve</c>, still list every file.
    /// </summary>
    public static IEnumerable<string> Capped(IReadOnlyList<string> lines) => Capped(lines, line => line);

    /// <summary>
    /// The same for <paramref name="items"/> whose lines cost something to make (a remembered skip reads its reason back):
    /// only the lines printed are made.
    /// </summary>
    public static IEnumerable<string> Capped<T>(IReadOnlyList<T> items, Func<T, string> line)
    {
        if (items.Count <= MaxListed)
            return items.Select(line);
        // Most of a large rest are ordinary notes without any part, not unreadable files: the line names both.
        return items.Take(MaxListed - 1).Select(line)
            .Append($"警告：另有 {items.Count - MaxListed + 1} 个文件或目录已跳过（无法读取或不是预案）；运行 `playbooks lint` 列出全部");
    }

    /// <summary>Could not (or should not) be read at all: the reason is worth more than "cannot be read".</summary>
    public static bool IsAboutAccess(Finding finding) =>
        finding.Code is FindingCodes.Unreadable or FindingCodes.NotRegularFile or FindingCodes.UnreadableFolder or FindingCodes.FileTooLarge;
}
