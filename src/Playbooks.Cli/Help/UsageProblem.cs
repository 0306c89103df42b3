using Playbooks.Core;

namespace Playbooks.Cli.Help;

/// <summary>One thing wrong with the command line, in Chinese: what is wrong, and what to type instead.</summary>
/// <param name="Kind">Which usage error it is (always <see cref="ErrorKind.IsUsage"/>): the code <c>--json</c> reports.</param>
/// <param name="Option">The option at fault (<c>--limit</c>, or the unknown <c>--top</c>); null when it is not an option.</param>
internal sealed record UsageProblem(string Message, string Remedy, ErrorKind Kind, string? Option = null);
