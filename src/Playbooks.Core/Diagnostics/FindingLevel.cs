namespace Playbooks.Core.Diagnostics;

public enum FindingLevel
{
    Warning = 0,
    Error = 1,
}
