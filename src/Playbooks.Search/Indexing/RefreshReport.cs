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

    /// <summary>Problems in the knowledge base's <c>playbooks.yml</c> (the tool ran with defaults where it had to).</summary>
    public IReadOnlyList<Finding> Settings { get; init; } = [];

    /// <summary>How many indexed playbooks have metadata problems; they are searchable all the same.</summary>
    public int MetadataProblems { get; init; }

    /// <summary>The one-line note front ends show when <see cref="MetadataProblems"/> is not zero; null otherwise.</summary>
    public string? MetadataNote => MetadataNotes.For(MetadataProblems);
}

/// <summary>A file left out of the index because it cannot be read (empty, not UTF-8, too large, no section at all); <see cref="KeptLastGood"/> when its previous version still answers.</summary>
public sealed record SkippedFile(string Path, IReadOnlyList<Finding> Errors, bool KeptLastGood)
{
    public string Warning => KeptLastGood
        ? $"警告：{Path} 无法读取，检索暂用它上一个有效版本；运行 `playbooks lint` 查看问题"
        : $"{SkipWarnings.For(Path, Errors)}；运行 `playbooks lint` 查看问题";
}
