using System.CommandLine;
using Playbooks.Cli.Commands;

namespace Playbooks.Cli;

/// <summary>
/// Which commands a <c>playbooks</c> process registers. The managed build registers all of them; the native front
/// door (<c>src/Playbooks.Cli.Native</c>) registers only <see cref="Native"/> and hands every other command line to
/// the managed build. Methods, not fields: Native AOT compiles what the entry point reaches, so the front door, which
/// never calls <see cref="All"/>, carries no ASP.NET Core or Razor code (<c>serve</c>, <c>site</c>).
/// </summary>
public static class CliCommands
{
    /// <summary>Every command, in the order <c>playbooks --help</c> lists them.</summary>
    public static IReadOnlyList<Func<CliEnvironment, Command>> All() =>
    [
        LintCommand.Create, ListCommand.Create, ShowCommand.Create, SearchCommand.Create, SimilarCommand.Create,
        EvalCommand.Create, SiteCommand.Create, ServeCommand.Create, NewCommand.Create, ImportCommand.Create,
        StaleCommand.Create, AnalyzeCommand.Create, LexiconCommand.Create,
    ];

    /// <summary>
    /// The commands the native front door runs itself: the read-only ones an operator runs many times a day, whose
    /// every output (text and --json) is the managed build's byte for byte (<c>NativeFrontDoorTests</c>).
    /// </summary>
    public static IReadOnlyList<Func<CliEnvironment, Command>> Native() =>
        [LintCommand.Create, ListCommand.Create, ShowCommand.Create, SearchCommand.Create, AnalyzeCommand.Create];

    /// <summary>The names of <see cref="Native"/>, for routing a command line before anything is built.</summary>
    public static readonly IReadOnlySet<string> NativeNames = new HashSet<string>(StringComparer.Ordinal) { "lint", "list", "show", "search", "analyze" };

    /// <summary>
    /// Whether the native front door runs <paramref name="args"/> itself: the first word names one of
    /// <see cref="Native"/>. Everything else (no command, <c>--help</c>, <c>--playbooks DIR search …</c>, a typo) goes
    /// to the managed build, which has the whole command tree for help and suggestions.
    /// </summary>
    public static bool RunsNatively(IReadOnlyList<string> args) => args.Count > 0 && NativeNames.Contains(args[0]);
}
