using System.Text;
using System.Text.RegularExpressions;

namespace Playbooks.Corpus.Harvesting;

/// <summary>
/// Cuts Chinese prose into clauses, the unit the composer recombines: sentences end at 。！？, clauses at ，；：.
/// Brackets and quotes are never cut open, so every clause is balanced on its own.
/// </summary>
internal static partial class Clauses
{
    /// <summary>Clauses shorter than this are fragments ("如何区分") rather than something an operator would write.</summary>
    public const int MinLength = 4;

    /// <summary>Longer clauses are run-ons that make recombined sentences unreadable.</summary>
    public const int MaxLength = 60;

    private const string Openers = "（(“「『【《";
    private const string Closers = "）)”」』】》";

    public static List<string> Split(string prose)
    {
        var clauses = new List<string>();
        var current = new StringBuilder();
        var depth = 0;
        var inAsciiQuote = false;
        foreach (var c in prose)
        {
            if (c == '"')
                inAsciiQuote = !inAsciiQuote;
            else if (Openers.Contains(c))
                depth++;
            else if (Closers.Contains(c))
                depth = Math.Max(0, depth - 1);

            if (depth == 0 && !inAsciiQuote && IsBoundary(c))
            {
                Add(clauses, current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }
        Add(clauses, current.ToString());
        return clauses;
    }

    /// <summary>Removes what would not survive recombination: emphasis markers, references to real ids, end punctuation.</summary>
    public static string Clean(string text)
    {
        text = text.Replace("**", "").Replace("__", "");
        text = IdReference().Replace(text, "");
        text = Whitespace().Replace(text, " ");
        return text.Trim().TrimEnd('；', ';', '。', '.', '，', ',', '、', '：', ':', ' ').Trim();
    }

    private static bool IsBoundary(char c) => c is '。' or '！' or '？' or '，' or '；' or '：' or '\n' or ';' or '!' or '?';

    private static void Add(List<string> clauses, string raw)
    {
        var clause = Clean(raw);
        if (clause.Length is >= MinLength and <= MaxLength && IsBalanced(clause))
            clauses.Add(clause);
    }

    private static bool IsBalanced(string clause)
    {
        var depth = 0;
        foreach (var c in clause)
        {
            if (c == '"')
                continue;
            if (Openers.Contains(c))
                depth++;
            else if (Closers.Contains(c) && --depth < 0)
                return false;
        }
        return depth == 0 && clause.Count(c => c == '"') % 2 == 0;
    }

    // "（competitor-impersonation）": the real corpus's cross-references point at ids a synthetic corpus lacks.
    [GeneratedRegex(@"[（(]\s*[a-z0-9]+(?:-[a-z0-9]+)+\s*[)）]")]
    private static partial Regex IdReference();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
