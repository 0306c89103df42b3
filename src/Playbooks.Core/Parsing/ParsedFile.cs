using Playbooks.Core.Diagnostics;
using Playbooks.Core.Model;

namespace Playbooks.Core.Parsing;

/// <summary>
/// What parsing one file produced. <see cref="Playbook"/> is a best-effort reading even when there are
/// errors (null only when the file could not be read as text at all); consumers that must not trust a
/// file with lint errors check <see cref="HasErrors"/>; search, the site and the server show every file with a
/// <see cref="Playbook"/>.
/// </summary>
public sealed record ParsedFile(string Path, Playbook? Playbook, IReadOnlyList<Finding> Findings)
{
    public bool HasErrors => Findings.Any(f => f.IsError);
}
