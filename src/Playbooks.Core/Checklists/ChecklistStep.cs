namespace Playbooks.Core.Checklists;

/// <summary>One handling step as the group-chat checklist shows it: who, by when, then what.</summary>
/// <param name="Number">1-based, in the order the playbook lists the steps.</param>
/// <param name="Role">Who does it (<c>社群助教</c>), from the step's bold lead; null when the step has none.</param>
/// <param name="TimeLimit">By when (<c>发现后 2 分钟内</c>), from the parentheses of the bold lead; null when absent.</param>
/// <param name="Markdown">The rest of the step as written, announcement quotes normalised to “…”.</param>
/// <param name="Text">The rest of the step as plain text (no Markdown syntax); continuation lines indented.</param>
public sealed record ChecklistStep(int Number, string? Role, string? TimeLimit, string Markdown, string Text);
