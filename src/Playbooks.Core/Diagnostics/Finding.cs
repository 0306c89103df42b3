namespace Playbooks.Core.Diagnostics;

/// <summary>
/// One problem found in a playbook file: where it is, what is wrong, and how to fix it.
/// Line and column are 1-based; 0 means "the whole file".
/// </summary>
public sealed record Finding(
    string Path,
    int Line,
    int Column,
    FindingLevel Level,
    string Code,
    string Message,
    string Fix)
{
    public bool IsError => Level == FindingLevel.Error;

    public string LevelName => Level == FindingLevel.Error ? "错误" : "警告";

    /// <summary>The compiler-style line editors and CI logs understand: <c>path:line:column: 错误: message — fix</c>.</summary>
    public override string ToString() =>
        $"{Path}:{Math.Max(Line, 1)}:{Math.Max(Column, 1)}: {LevelName}: {Message} — {Fix}";
}
