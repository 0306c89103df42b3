using System.Text.Json;
using Playbooks.Core.Json;

namespace Playbooks.Cli.Output;

internal static class JsonOutput
{
    /// <summary>Writes JSON straight to stdout, bypassing the rich console so nothing wraps or gets styled.</summary>
    public static void Write<T>(CliEnvironment env, T value)
    {
        env.Out.WriteLine(JsonSerializer.Serialize(value, JsonDefaults.Options));
        env.Out.Flush();
    }

    /// <summary>The error object that replaces a command's result under <c>--json</c>; nothing goes to stderr.</summary>
    public static void WriteError(CliEnvironment env, ErrorDocument error) => Write(env, error);
}
