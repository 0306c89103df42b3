using Playbooks.Core.Diagnostics;

namespace Playbooks.Core.Settings;

/// <summary>How a knowledge base wants a lint rule reported.</summary>
public enum RuleLevel
{
    Off = 0,
    Warning = 1,
    Error = 2,
}

/// <summary>
/// The <c>lint:</c> section of <c>playbooks.yml</c>: a level per SOP rule (<see cref="FindingCodes.SopRules"/>).
/// Every rule is a warning unless the team says otherwise. Immutable.
/// </summary>
public sealed class LintRules
{
    private readonly IReadOnlyDictionary<string, RuleLevel> _levels;

    private LintRules(IReadOnlyDictionary<string, RuleLevel> levels) => _levels = levels;

    public static LintRules Default { get; } = new(new Dictionary<string, RuleLevel>(StringComparer.Ordinal));

    public RuleLevel this[string code] => _levels.TryGetValue(code, out var level) ? level : RuleLevel.Warning;

    public LintRules With(string code, RuleLevel level) =>
        new(new Dictionary<string, RuleLevel>(_levels, StringComparer.Ordinal) { [code] = level });
}
