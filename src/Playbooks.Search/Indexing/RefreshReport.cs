using Playbooks.Core.Diagnostics;

namespace Playbooks.Search.Indexing;

/// <summary>What a refresh did. <see cref="Notices"/> and <see cref="Skipped"/> are meant for the user (Chinese).</summary>
public sealed record RefreshReport(
    int Added,
    int Updated,
    int Removed,
    int Unchanged,
    bool Rebuilt,
    IReadOnlyList<string> Notices,
    IReadOnlyList<SkippedFile> Skipped)
{
    /// <summary>Unchanged playbooks analysed again because a word learned from the knowledge base appeared or went.</summary>
    public int Reanalysed { get; init; }

    public bool Changed => Added + Updated + Removed + Reanalysed > 0 || Rebuilt;
}

/// <summary>A file left out of the index because it has errors; <see cref="KeptLastGood"/> when its previous version still answers.</summary>
public sealed record SkippedFile(string Path, IReadOnlyList<Finding> Errors, bool KeptLastGood)
{
    public string Warning => KeptLastGood
        ? $"警告：{Path} 有错误，检索暂用它上一个有效版本；运行 `playbooks lint` 查看问题"
        : $"警告：已跳过有错误的文件 {Path}；运行 `playbooks lint` 查看问题";
}
