using Playbooks.Core.Model;

namespace Playbooks.Site.Content;

/// <summary>
/// A severity as pages name it in markup: the badge's colour class (<c>sev-high</c>) and a card's
/// <c>data-severity</c>, which the catalog's filter matches. <c>unrated</c> for a missing or unknown severity.
/// </summary>
public static class SeverityKeys
{
    public static string Of(Severity? severity) => severity?.ToString().ToLowerInvariant() ?? "unrated";
}
