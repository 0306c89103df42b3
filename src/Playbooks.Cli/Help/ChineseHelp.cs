using System.CommandLine;
using System.CommandLine.Help;

namespace Playbooks.Cli.Help;

/// <summary>Puts the Chinese help on a command tree: the help option's description and action, and help for a bare root.</summary>
internal static class ChineseHelp
{
    public const string HelpDescription = "显示帮助：用法、选项和示例";

    public static void Install(RootCommand root, CliEnvironment env)
    {
        var action = new ChineseHelpAction(env);
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            // The zh-Hans resources of System.CommandLine 2.0 leave this one description in English.
            help.Description = HelpDescription;
            help.Action = action;
        }
        // `playbooks` alone is how a newcomer discovers the commands: it prints the help and succeeds (exit 0),
        // exactly like `playbooks --help`, instead of the framework's "Required command was not provided".
        root.SetAction(action.Invoke);
    }
}
