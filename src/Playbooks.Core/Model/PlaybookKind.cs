namespace Playbooks.Core.Model;

/// <summary>An incident SOP with the five sections, or an onboarding guide with free-form sections.</summary>
public enum PlaybookKind
{
    Playbook = 0,
    Guide = 1,
}
