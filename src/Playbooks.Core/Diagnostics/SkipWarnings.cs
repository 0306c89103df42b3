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
    public static string For(string path, IEnumerable<Finding> findings)
    {
        var list = findings as IReadOnlyCollection<Finding> ?? findings.ToList();
        return OneLine.Of((list.FirstOrDefault(IsAboutAccess) ?? list.FirstOrDefault(f => f.IsError)) switch
        {
            { Line: > 0 } reason when !IsAboutAccess(reason) => $"警告：已跳过 {path}:{reason.Line}：{reason.Message}",
            { } reason => $"警告：已跳过 {path}：{reason.Message}",
            null => $"警告：已跳过无法读取的文件 {path}",
        });
    }

    /// <summary>Could not (or should not) be read at all: the reason is worth more than "cannot be read".</summary>
    public static bool IsAboutAccess(Finding finding) =>
        finding.Code is FindingCodes.Unreadable or FindingCodes.NotRegularFile or FindingCodes.UnreadableFolder or FindingCodes.FileTooLarge;
}
