namespace Playbooks.Core.Model;

/// <summary>The five parts every incident playbook has, in their canonical order.</summary>
public enum SectionKind
{
    Background = 0,
    Risk = 1,
    Escalation = 2,
    Handling = 3,
    Retrospective = 4,
}

public static class SectionKinds
{
    /// <summary>Canonical order, as written in a playbook.</summary>
    public static IReadOnlyList<SectionKind> All { get; } =
        [SectionKind.Background, SectionKind.Risk, SectionKind.Escalation, SectionKind.Handling, SectionKind.Retrospective];

    /// <summary>The canonical Chinese heading (背景, 风险源头, …) used when writing files and showing sections.</summary>
    public static string ChineseName(this SectionKind kind) => kind switch
    {
        SectionKind.Background => "背景",
        SectionKind.Risk => "风险源头",
        SectionKind.Escalation => "激化情况",
        SectionKind.Handling => "处理方法",
        SectionKind.Retrospective => "复盘反思",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Stable lower-case key used in JSON and in the search index's column names.</summary>
    public static string Key(this SectionKind kind) => kind switch
    {
        SectionKind.Background => "background",
        SectionKind.Risk => "risk",
        SectionKind.Escalation => "escalation",
        SectionKind.Handling => "handling",
        SectionKind.Retrospective => "retrospective",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
