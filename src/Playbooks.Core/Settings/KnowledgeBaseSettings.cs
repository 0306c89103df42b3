using Playbooks.Core.Diagnostics;
using Playbooks.Core.Model;

namespace Playbooks.Core.Settings;

/// <summary>
/// A knowledge base's own settings, read from <c>playbooks.yml</c> at its root (<see cref="SettingsFile"/>). One
/// property per section of the file; a section that is absent or unusable keeps its default, so a broken file never
/// stops a command. Immutable.
/// </summary>
public sealed record KnowledgeBaseSettings
{
    public static KnowledgeBaseSettings Default { get; } = new();

    /// <summary>The <c>severity:</c> section: the team's labels on top of the built-in scales.</summary>
    public SeverityScale Severity { get; init; } = SeverityScale.Builtin;

    /// <summary>The <c>lint:</c> section: the level of each SOP quality rule (all warnings by default).</summary>
    public LintRules Lint { get; init; } = LintRules.Default;

    /// <summary>Problems in the file (path:line, what, how to fix); reported by <c>lint</c> and on stderr.</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>Changes whenever the file's bytes do ("" without a file): an index built under other settings is rebuilt.</summary>
    public string Fingerprint { get; init; } = "";
}
