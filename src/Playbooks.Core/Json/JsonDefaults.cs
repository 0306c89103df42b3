using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Playbooks.Core.Json;

/// <summary>One JSON style for every machine-readable output: camelCase, Chinese written as text, not \u escapes.</summary>
public static class JsonDefaults
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Output goes to terminals, files and HTTP bodies with a JSON content type, never into HTML: readable Chinese wins.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static JsonSerializerOptions Compact { get; } = new(Options) { WriteIndented = false };
}
