namespace Playbooks.Core.SopChecks;

/// <summary>What one SOP check found, before the knowledge base's <c>lint:</c> settings decide its level.</summary>
/// <param name="Code">One of <see cref="Diagnostics.FindingCodes.SopRules"/>.</param>
/// <param name="Line">1-based line in the file.</param>
/// <param name="Column">1-based column (in UTF-16 units, as the other findings count).</param>
/// <param name="Message">What is wrong and why it matters during an incident.</param>
/// <param name="Fix">How to fix it, with an example in the team's words.</param>
public sealed record SopFinding(string Code, int Line, int Column, string Message, string Fix);
