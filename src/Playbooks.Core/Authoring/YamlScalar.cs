using System.Globalization;
using System.Text;

namespace Playbooks.Core.Authoring;

/// <summary>
/// Writes a front-matter string so that YAML reads it back unchanged: plain when that is safe, double-quoted
/// otherwise. Titles pasted from articles contain colons, quotes and leading brackets often enough to matter.
/// </summary>
internal static class YamlScalar
{
    /// <param name="value">The string to write.</param>
    /// <param name="inFlow">True inside <c>[a, b]</c>, where commas and brackets also end a plain scalar.</param>
    public static string Write(string value, bool inFlow = false) =>
        IsSafePlain(value, inFlow) ? value : Quote(value);

    private static string Quote(string value)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in value)
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        return quoted.Append('"').ToString();
    }

    private static bool IsSafePlain(string value, bool inFlow) =>
        value.Length > 0
        && value == value.Trim()
        && !"-?:,[]{}#&*!|>'\"%@`".Contains(value[0])
        && !value.Contains(": ") && !value.Contains(" #") && !value.EndsWith(':')
        && !(inFlow && value.IndexOfAny([',', '[', ']', '{', '}']) >= 0)
        && !value.Any(char.IsControl)
        // Words YAML would read as something other than a string: booleans, null, numbers, dates.
        && !IsYamlKeyword(value)
        && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
        && !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static bool IsYamlKeyword(string value) =>
        value.ToLowerInvariant() is "true" or "false" or "yes" or "no" or "on" or "off" or "null" or "~" or "y" or "n";
}
