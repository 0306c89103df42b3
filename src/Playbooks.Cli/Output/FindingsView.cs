using Playbooks.Core.Diagnostics;

namespace Playbooks.Cli.Output;

/// <summary>
/// Lint findings as compiler-style lines (clickable in editors), coloured by level when colour is on; a rule repeated
/// many times in one file is cut short (<see cref="RepeatedFindings"/>).
/// </summary>
internal static class FindingsView
{
    private const string Red = "\u001b[31m";
    private const string Yellow = "\u001b[33m";
    private const string Reset = "\u001b[0m";

    public static void Write(CliEnvironment env, IReadOnlyList<Finding> findings, int filesChecked)
    {
        // Straight to the output, not through the rich console: that wraps at the console width, and a finding
        // broken over two lines is no longer `path:line:column: …` to editors, CI problem matchers or grep.
        foreach (var (finding, hidden) in RepeatedFindings.Cap(findings))
        {
            WriteLine(env, finding, finding.ToString());
            if (hidden > 0)
                WriteLine(env, finding, RepeatedFindings.Summary(finding, hidden));
        }
        var errors = findings.Count(f => f.IsError);
        var warnings = findings.Count - errors;
        var summary = errors == 0 && warnings == 0
            ? $"检查了 {filesChecked} 个文件，没有发现问题。"
            : $"检查了 {filesChecked} 个文件：{errors} 个错误，{warnings} 个警告。";
        env.Out.WriteLine(summary);
        env.Out.Flush();
    }

    private static void WriteLine(CliEnvironment env, Finding finding, string text)
    {
        // The colour codes are ours and go out raw; the finding's text (which may quote a file's characters) is neutralised.
        if (env.ColorEnabled)
            env.RawOut.Write(finding.IsError ? Red : Yellow);
        env.Out.Write(OneLine.Of(text));
        if (env.ColorEnabled)
            env.RawOut.Write(Reset);
        env.Out.WriteLine();
    }
}
