namespace Playbooks.Search.Documents;

/// <summary>
/// The searchable fields of a playbook, in index column order. Column names are stable: they appear in
/// <c>--explain</c> output and in the browser search data.
/// </summary>
public static class IndexedFields
{
    public const string Title = "title";
    public const string Tags = "tags";
    public const string Background = "background";
    public const string Risk = "risk";
    public const string Escalation = "escalation";
    public const string Handling = "handling";
    public const string Retrospective = "retrospective";
    /// <summary>Everything else: category, H1, text outside the five sections, and the "如何区分" notes.</summary>
    public const string Body = "body";

    public static IReadOnlyList<string> All { get; } = [Title, Tags, Background, Risk, Escalation, Handling, Retrospective, Body];

    public static string ChineseName(string field) => field switch
    {
        Title => "标题",
        Tags => "标签",
        Background => "背景",
        Risk => "风险源头",
        Escalation => "激化情况",
        Handling => "处理方法",
        Retrospective => "复盘反思",
        _ => "正文",
    };
}
