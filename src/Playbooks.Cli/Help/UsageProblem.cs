namespace Playbooks.Cli.Help;

/// <summary>One thing wrong with the command line, in Chinese: what is wrong, and what to type instead.</summary>
internal sealed record UsageProblem(string Message, string Remedy);
