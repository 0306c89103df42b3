using Playbooks.Core.Diagnostics;
using Spectre.Console;

namespace Playbooks.Cli.Output;

/// <summary>Lint findings as compiler-style lines (clickable in editors), coloured by level when colour is on.</summary>
internal static class FindingsView
{
    public static void Write(CliEnvironment env, IReadOnlyList<Finding> findings, int filesChecked)
    {
        foreach (var finding in findings)
        {
            var line = Markup.Escape(finding.ToString());
            var colour = finding.IsError ? "red" : "yellow";
            env.Console.MarkupLine(env.ColorEnabled ? $"[{colour}]{line}[/]" : line);
        }
        var errors = findings.Count(f => f.IsError);
        var warnings = findings.Count - errors;
        var summary = errors == 0 && warnings == 0
            ? $"检查了 {filesChecked} 个文件，没有发现问题。"
            : $"检查了 {filesChecked} 个文件：{errors} 个错误，{warnings} 个警告。";
        env.Console.MarkupLine(Markup.Escape(summary));
    }
}
