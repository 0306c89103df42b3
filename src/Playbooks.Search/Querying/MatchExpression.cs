using System.Text;

namespace Playbooks.Search.Querying;

/// <summary>
/// Builds FTS5 MATCH expressions from analysed terms. User text never reaches FTS5 as syntax: every term is a
/// double-quoted string (FTS5's literal form, with embedded quotes doubled), so AND, NEAR(, *, -, : and brackets
/// are just characters.
/// </summary>
public static class MatchExpression
{
    /// <summary><c>"t1" OR "t2" …</c>, or null when no term can match anything.</summary>
    public static string? AnyOf(IEnumerable<string> terms)
    {
        var builder = new StringBuilder();
        foreach (var term in terms)
        {
            if (!term.Any(char.IsLetterOrDigit))
                continue; // the FTS tokenizer would drop it entirely
            if (builder.Length > 0)
                builder.Append(" OR ");
            builder.Append('"').Append(term.Replace("\"", "\"\"")).Append('"');
        }
        return builder.Length == 0 ? null : builder.ToString();
    }

    /// <summary>One term restricted to one column: <c>{column} : "term"</c>.</summary>
    public static string InColumn(string column, string term) => $"{{{column}}} : \"{term.Replace("\"", "\"\"")}\"";
}
