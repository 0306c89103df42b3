using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Playbooks.Core.Json;

namespace Playbooks.Cli.Output;

internal static class JsonOutput
{
    /// <summary>
    /// <see cref="JsonDefaults.Options"/> with the compiled contracts first (<see cref="CliJsonContext"/>); the
    /// anonymous objects of the managed-only commands (list, lint, eval, new, import) fall back to reflection.
    /// </summary>
    private static readonly JsonSerializerOptions Options = CreateOptions();

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Reflection only serves types outside CliJsonContext, written by commands the native front door hands to the managed build.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "As above: the native front door only writes CliJsonContext's types.")]
    private static JsonSerializerOptions CreateOptions() => new(JsonDefaults.Options)
    {
        TypeInfoResolver = JsonTypeInfoResolver.Combine(CliJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };

    /// <summary>Writes JSON straight to stdout, bypassing the rich console so nothing wraps or gets styled.</summary>
    public static void Write<T>(CliEnvironment env, T value)
    {
        env.Out.WriteLine(JsonSerializer.Serialize(value, Options.GetTypeInfo(typeof(T))));
        env.Out.Flush();
    }

    /// <summary>The error object that replaces a command's result under <c>--json</c>; nothing goes to stderr.</summary>
    public static void WriteError(CliEnvironment env, ErrorDocument error) => Write(env, error);
}
