using Quickenshtein;

namespace Playbooks.Cli.Help;

/// <summary>"Did you mean" for a mistyped command or option: the known name nearest by edit distance.</summary>
internal static class ClosestName
{
    /// <summary>
    /// The candidate closest to <paramref name="typed"/>, or null when none is close enough to be a plausible typo:
    /// at most three edits, and fewer edits than the typed word has letters (so "ab" does not become "ls").
    /// </summary>
    public static string? Find(string typed, IEnumerable<string> candidates)
    {
        var letters = typed.TrimStart('-').Length;
        return candidates
            .Select(candidate => (candidate, distance: Levenshtein.GetDistance(typed, candidate)))
            .Where(c => c.distance <= 3 && c.distance < letters)
            .OrderBy(c => c.distance)
            .ThenByDescending(c => CommonPrefix(typed, c.candidate))
            .ThenBy(c => c.candidate, StringComparer.Ordinal)
            .Select(c => c.candidate)
            .FirstOrDefault();
    }

    private static int CommonPrefix(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
            i++;
        return i;
    }
}
