using Playbooks.Core.Diagnostics;
using Playbooks.Core.Model;

namespace Playbooks.Core.Parsing;

/// <summary>
/// What parsing one file produced. <see cref="Playbook"/> is a best-effort reading even when there are
/// errors (null only when the file could not be read as text at all); consumers that must not trust a
/// broken file check <see cref="HasErrors"/>.
/// </summary>
public sealed record ParsedFile(string Path, Playbook? Playbook, IReadOnlyList<Finding> Findings)
{
    public bool HasErrors => Findings.Any(f => f.IsError);
}
