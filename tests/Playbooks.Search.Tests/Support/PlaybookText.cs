namespace Playbooks.Search.Tests.Support;

/// <summary>
/// The Markdown of one valid playbook, built from the parts a test cares about. Sections a test leaves out get
/// short neutral text ("按流程处理"), so they neither fail lint nor attract queries.
/// </summary>
internal sealed record PlaybookText(string Id, string Title)
{
    public string Category { get; init; } = "社群运营";
    public IReadOnlyList<string> Tags { get; init; } = [];
    public string Background { get; init; } = "值班同学发现异常。";
    public string Risk { get; init; } = "流程缺少检查。";
    public string Escalation { get; init; } = "影响扩大时上报。";
    public IReadOnlyList<string> Steps { get; init; } = ["值班同学确认情况。", "负责人按流程处理。"];
    public string Retrospective { get; init; } = "补充检查清单。";
    /// <summary>The 处理方法 as written, in place of <see cref="Steps"/> (paragraphs, a placeholder).</summary>
    public string? Handling { get; init; }

    /// <summary>Where the file goes in a knowledge base: <c>&lt;id&gt;.md</c> (the id must match the file name).</summary>
    public string FileName => $"{Id}.md";

    public override string ToString() => $"""
        ---
        id: {Id}
        title: {Title}
        category: {Category}
        tags: [{string.Join(", ", Tags)}]
        severity: 中
        owner: 社群运营主管
        updated: 2026-11-01
        ---

        # {Title}

        ## 背景

        {Background}

        ## 风险源头

        {Risk}

        ## 激化情况

        {Escalation}

        ## 处理方法

        {Handling ?? string.Join("\n", Steps.Select((s, i) => $"{i + 1}. {s}"))}

        ## 复盘反思

        {Retrospective}

        """;
}
