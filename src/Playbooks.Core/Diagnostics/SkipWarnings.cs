namespace Playbooks.Core.Diagnostics;

/// <summary>
/// The one line that commands other than lint print (on stderr) for a file or folder they left out, so search,
/// list, show, stale, site and serve all say the same as each other and name the same problem as lint.
/// </summary>
public static class SkipWarnings
{
    public static string For(string path, IEnumerable<Finding> findings) =>
        findings.FirstOrDefault(IsAboutAccess) is { } access
            ? $"警告：已跳过 {path}：{access.Message}"
            : $"警告：已跳过无法读取的文件 {path}";

    /// <summary>Could not (or should not) be read at all: the reason is worth more than "cannot be read".</summary>
    public static bool IsAboutAccess(Finding finding) =>
        finding.Code is FindingCodes.Unreadable or FindingCodes.NotRegularFile or FindingCodes.UnreadableFolder or FindingCodes.FileTooLarge;
}
