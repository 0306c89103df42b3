using System.Text.RegularExpressions;

namespace Playbooks.Search.Documents;

/// <summary>
/// What an author put in bold in the handling steps (the role heading a step: <c>**社群助教（2 分钟内）**</c>). The steps
/// are stored as plain text, so the bold marks are read here, from the Markdown, while it is still at hand: vocabulary
/// learning counts these as terms the team named.
/// </summary>
public static partial class BoldTerms
{
    public static IReadOnlyList<string> In(IEnumerable<string> markdownSteps)
    {
        var terms = new List<string>();
        // Matched in place: every step of every playbook passes here in a build, and a Match with its groups was a few
        // objects per bold term. The term is the match without its two asterisks on each side.
        foreach (var step in markdownSteps)
            foreach (var bold in Bold().EnumerateMatches(step))
                terms.Add(step.Substring(bold.Index + 2, bold.Length - 4));
        return terms;
    }

    [GeneratedRegex(@"\*\*.+?\*\*")]
    private static partial Regex Bold();
}
