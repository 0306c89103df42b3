using System.CommandLine;
using System.CommandLine.Help;

namespace Playbooks.Cli.Help;

/// <summary>How commands, options and arguments are named in help and in error messages.</summary>
internal static class HelpLabels
{
    /// <summary>"playbooks search": the words a user types to reach <paramref name="command"/>.</summary>
    public static string CommandPath(Command command)
    {
        var names = new List<string>();
        for (Command? c = command; c is not null; c = c.Parents.OfType<Command>().FirstOrDefault())
            names.Add(c is RootCommand ? "playbooks" : c.Name);
        names.Reverse();
        return string.Join(' ', names);
    }

    /// <summary>The line under "用法：", e.g. <c>playbooks search [&lt;描述&gt;...] [选项]</c>.</summary>
    public static string Usage(Command command)
    {
        var parts = new List<string> { CommandPath(command) };
        parts.AddRange(command.Arguments.Where(a => !a.Hidden).Select(ArgumentUsage));
        if (command.Subcommands.Any(c => !c.Hidden))
            // The root's own action only prints help, so for users a command is required there too.
            parts.Add(command.Action is null || command is RootCommand ? "<命令>" : "[<命令>]");
        if (VisibleOptions(command).Any())
            parts.Add("[选项]");
        return string.Join(' ', parts);
    }

    /// <summary>&lt;id&gt; when required, [&lt;DIR&gt;] when optional, "..." when several values are allowed.</summary>
    public static string ArgumentUsage(Argument argument)
    {
        var label = ArgumentLabel(argument) + (argument.Arity.MaximumNumberOfValues > 1 ? "..." : "");
        return argument.Arity.MinimumNumberOfValues == 0 ? $"[{label}]" : label;
    }

    public static string ArgumentLabel(Argument argument) => $"<{argument.HelpName ?? argument.Name}>";

    /// <summary>"-n, --limit &lt;N&gt;": short aliases first, then the name, then the value placeholder.</summary>
    public static string OptionLabel(Option option)
    {
        var names = option.Aliases.Append(option.Name)
            .Where(n => n.StartsWith('-')) // the help option's "/h" and "/?" are for Windows habits, not worth a column
            .Distinct()
            .OrderBy(n => n.StartsWith("--", StringComparison.Ordinal))
            .ThenBy(n => n, StringComparer.Ordinal);
        var label = string.Join(", ", names);
        return ValuePlaceholder(option) is { } value ? $"{label} {value}" : label;
    }

    /// <summary>The placeholder for an option's value, or null for a flag.</summary>
    public static string? ValuePlaceholder(Option option)
    {
        if (option.Arity.MaximumNumberOfValues == 0 || option.ValueType == typeof(bool) || option is HelpOption)
            return null;
        if (!string.IsNullOrEmpty(option.HelpName))
            return $"<{option.HelpName}>";
        return option.ValueType == typeof(int) || option.ValueType == typeof(long) ? "<N>" : $"<{option.Name.TrimStart('-')}>";
    }

    /// <summary>The option's description with its default value, unless the description already states one.</summary>
    public static string OptionDescription(Option option)
    {
        var description = option.Description ?? "";
        if (!option.HasDefaultValue || option.ValueType == typeof(bool) || description.Contains("默认", StringComparison.Ordinal))
            return description;
        return $"{description}（默认：{option.GetDefaultValue()}）";
    }

    /// <summary>Options that apply to <paramref name="command"/>: its own, then recursive ones of its parents.</summary>
    public static IEnumerable<Option> VisibleOptions(Command command)
    {
        var own = command.Options.Where(o => !o.Hidden);
        var inherited = Ancestors(command).SelectMany(c => c.Options).Where(o => o.Recursive && !o.Hidden);
        return own.Concat(inherited).Distinct()
            .OrderBy(o => o is HelpOption || o is VersionOption) // help and version last, as users look for them there
            .ThenBy(o => o.Recursive); // then the command's own options before the global --playbooks
    }

    /// <summary>Every name an option of <paramref name="command"/> answers to.</summary>
    public static IReadOnlyCollection<string> OptionNames(Command command) =>
        VisibleOptions(command).SelectMany(o => o.Aliases.Append(o.Name)).Where(n => n.StartsWith('-')).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<Command> Ancestors(Command command)
    {
        for (var c = command.Parents.OfType<Command>().FirstOrDefault(); c is not null; c = c.Parents.OfType<Command>().FirstOrDefault())
            yield return c;
    }
}
