namespace Playbooks.Corpus.Harvesting;

/// <summary>
/// What some real playbooks say, cut into the pieces the composer recombines: one instance per real playbook and
/// one per category (the union of its playbooks). Lists are in harvest order, which keeps generation deterministic.
/// </summary>
internal sealed class ClausePools
{
    public List<string> Tags { get; } = [];

    /// <summary>Title halves: the part before the first "，" (or the whole title) and the part after it.</summary>
    public List<string> TitleHeads { get; } = [];
    public List<string> TitleTails { get; } = [];

    public List<string> BackgroundClauses { get; } = [];
    /// <summary>Clauses of the "**如何区分**：" paragraphs, which tell an incident from its neighbours.</summary>
    public List<string> DistinctionClauses { get; } = [];

    public List<string> RiskItems { get; } = [];
    public List<string> RiskClauses { get; } = [];

    /// <summary>Escalation items are "condition → action"; the halves are recombined separately.</summary>
    public List<string> EscalationConditions { get; } = [];
    public List<string> EscalationActions { get; } = [];

    /// <summary>Each real playbook's step leads in order ("社群助教（发现后 2 分钟内）", …): a believable timeline.</summary>
    public List<IReadOnlyList<string>> StepLeads { get; } = [];
    public List<string> StepClauses { get; } = [];

    public List<string> RetrospectiveItems { get; } = [];
    public List<string> RetrospectiveClauses { get; } = [];

    public void AddRange(ClausePools other)
    {
        foreach (var tag in other.Tags.Where(t => !Tags.Contains(t)))
            Tags.Add(tag);
        TitleHeads.AddRange(other.TitleHeads);
        TitleTails.AddRange(other.TitleTails);
        BackgroundClauses.AddRange(other.BackgroundClauses);
        DistinctionClauses.AddRange(other.DistinctionClauses);
        RiskItems.AddRange(other.RiskItems);
        RiskClauses.AddRange(other.RiskClauses);
        EscalationConditions.AddRange(other.EscalationConditions);
        EscalationActions.AddRange(other.EscalationActions);
        StepLeads.AddRange(other.StepLeads);
        StepClauses.AddRange(other.StepClauses);
        RetrospectiveItems.AddRange(other.RetrospectiveItems);
        RetrospectiveClauses.AddRange(other.RetrospectiveClauses);
    }
}
