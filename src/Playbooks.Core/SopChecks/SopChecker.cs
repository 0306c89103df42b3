using Playbooks.Core.Diagnostics;
using Playbooks.Core.Model;
using Playbooks.Core.Settings;

namespace Playbooks.Core.SopChecks;

/// <summary>
/// The SOP quality checks: does the playbook work during an incident, beyond being well-formed? Each check is one
/// small class reading the parsed playbook; this runs them and applies the knowledge base's <c>lint:</c> levels.
/// Guides are not SOPs and are not checked. Stateless and thread-safe.
/// </summary>
public static class SopChecker
{
    private static readonly Func<Playbook, IEnumerable<SopFinding>>[] Checks =
    [
        EscalationCheck.Check, HandlingStepCheck.Check, RetrospectiveCheck.Check, TemplateHintCheck.Check,
        VagueWordCheck.Check, ReviewDateCheck.Check,
    ];

    /// <summary>The findings for <paramref name="playbook"/>, in line order, at the levels <paramref name="rules"/> set.</summary>
    public static IReadOnlyList<Finding> Check(Playbook playbook, LintRules? rules = null)
    {
        if (playbook.Kind != PlaybookKind.Playbook)
            return [];
        rules ??= LintRules.Default;
        return Checks.SelectMany(check => check(playbook))
            .Where(f => rules[f.Code] != RuleLevel.Off)
            .Select(f => new Finding(playbook.Path, f.Line, f.Column,
                rules[f.Code] == RuleLevel.Error ? FindingLevel.Error : FindingLevel.Warning, f.Code, f.Message, f.Fix))
            .OrderBy(f => f.Line).ThenBy(f => f.Column)
            .ToList();
    }
}
