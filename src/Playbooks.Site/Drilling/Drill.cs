using Playbooks.Core.Model;

namespace Playbooks.Site.Drilling;

/// <summary>One answer a newcomer may pick: the first handling step of <see cref="Source"/>, as plain text.</summary>
/// <param name="Source">The playbook whose first step this is; the drilled playbook itself for the right answer.</param>
public sealed record DrillOption(string Text, Playbook Source, bool IsAnswer);

/// <summary>
/// A drill (演练) of one playbook: its 背景 and 激化情况 as the scenario, and the first handling step to pick among
/// the first steps of similar playbooks, in a fixed order (see <see cref="Drills"/>).
/// </summary>
public sealed record Drill(Playbook Playbook, IReadOnlyList<DrillOption> Options)
{
    /// <summary>1-based position of the right answer among <see cref="Options"/>.</summary>
    public int AnswerNumber => Options.Select((o, i) => (o, i)).First(x => x.o.IsAnswer).i + 1;
}
