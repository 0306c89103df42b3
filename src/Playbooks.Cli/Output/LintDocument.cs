using Playbooks.Core.Diagnostics;

namespace Playbooks.Cli.Output;

/// <summary>What <c>playbooks lint --json</c> writes: the folder checked, the counts, and every finding.</summary>
internal sealed record LintDocument(string Root, int FilesChecked, int Errors, int Warnings, IReadOnlyList<LintFindingDocument> Findings);

/// <summary>One finding of <see cref="LintDocument"/>; <c>level</c> is "error" or "warning".</summary>
internal sealed record LintFindingDocument(string Path, int Line, int Column, string Level, string Code, string Message, string Fix)
{
    public static LintFindingDocument From(Finding f) =>
        new(f.Path, f.Line, f.Column, f.IsError ? "error" : "warning", f.Code, f.Message, f.Fix);
}
