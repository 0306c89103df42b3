using System.CommandLine;
using System.CommandLine.Invocation;

namespace Playbooks.Cli.Help;

/// <summary>
/// The action of <c>--help</c> (and of <c>playbooks</c> with no command): the Chinese help of the command the user
/// named, on standard output, exit 0.
/// </summary>
internal sealed class ChineseHelpAction(CliEnvironment env) : SynchronousCommandLineAction
{
    // Like the framework's help: "search --help --limit abc" shows help rather than complaining about the value.
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        env.Out.Write(HelpPage.Render(parseResult.CommandResult.Command, env.Console.Profile.Width));
        return CliApp.ExitOk;
    }
}
