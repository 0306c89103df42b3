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
        foreach (var step in markdownSteps)
            foreach (Match bold in Bold().Matches(step))
                terms.Add(bold.Groups[1].Value);
        return terms;
    }

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Bold();
}
