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
        // Output goes to terminals, files and HTTP bodies typed application/json, never inline into HTML, so only what
        // JSON itself requires is escaped and Chinese stays readable. (HTML embedding uses its own encoder.)
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static JsonSerializerOptions Compact { get; } = new(Options) { WriteIndented = false };
}
