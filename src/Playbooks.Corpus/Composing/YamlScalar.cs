using System.Text;

namespace Playbooks.Corpus.Composing;

/// <summary>Writes a front-matter value plain when YAML reads it back unchanged as a string, double-quoted otherwise.</summary>
internal static class YamlScalar
{
    public static string Write(string value)
    {
        if (IsSafePlain(value))
            return value;
        var quoted = new StringBuilder("\"");
        foreach (var c in value)
            quoted.Append(c switch { '"' => "\\\"", '\\' => "\\\\", _ => c.ToString() });
        return quoted.Append('"').ToString();
    }

    private static bool IsSafePlain(string value) =>
        value.Length > 0
        && !"-?:,[]{}#&*!|>'\"%@` ".Contains(value[0])
        && !value.Contains(": ") && !value.Contains(" #") && !value.EndsWith(':') && !value.EndsWith(' ')
        && !value.Any(char.IsControl)
        && !bool.TryParse(value, out _) && !double.TryParse(value, out _);
}
