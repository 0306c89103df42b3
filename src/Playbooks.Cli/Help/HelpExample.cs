namespace Playbooks.Cli.Help;

/// <summary>One line of a command's "示例：" help section: a real invocation, and optionally what it is for.</summary>
/// <param name="CommandLine">Exactly what the user types, starting with <c>playbooks</c>; tests parse every one.</param>
/// <param name="Note">A short Chinese remark shown after the command, or null.</param>
internal sealed record HelpExample(string CommandLine, string? Note = null);
