using System.CommandLine;
using System.Runtime.CompilerServices;

namespace Playbooks.Cli.Help;

/// <summary>
/// The examples shown under "示例：" in a command's help. System.CommandLine has no slot for them, so they are kept
/// beside the command objects; a weak table lets the many command trees tests build be collected with their examples.
/// </summary>
internal static class HelpExamples
{
    private static readonly ConditionalWeakTable<Command, HelpExample[]> Table = new();

    /// <summary>Sets the 1–3 examples of <paramref name="command"/> (replacing any earlier ones) and returns it.</summary>
    public static TCommand WithExamples<TCommand>(this TCommand command, params HelpExample[] examples) where TCommand : Command
    {
        Table.AddOrUpdate(command, examples);
        return command;
    }

    /// <summary>The examples of <paramref name="command"/>; empty when it has none.</summary>
    public static IReadOnlyList<HelpExample> Of(Command command) =>
        Table.TryGetValue(command, out var examples) ? examples : [];
}
