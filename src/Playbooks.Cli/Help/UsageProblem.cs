using Playbooks.Core;

namespace Playbooks.Cli.Help;

/// <summary>One thing wrong with the command line, in Chinese: what is wrong, and what to type instead.</summary>
/// <param name="Kind">Which usage error it is (always <see cref="ErrorKind.IsUsage"/>): the code <c>--json</c> reports.</param>
internal sealed record UsageProblem(string Message, string Remedy, ErrorKind Kind);
