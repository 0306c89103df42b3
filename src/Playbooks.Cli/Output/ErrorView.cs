using Playbooks.Cli.Help;
using Playbooks.Core;

namespace Playbooks.Cli.Output;

/// <summary>How errors look: message, location, remedy for expected ones; full details for the rest.</summary>
internal static class ErrorView
{
    /// <summary>
    /// An expected error: "错误：" for the user's situation, "用法错误：" when the command line is wrong, the same words
    /// the parser's own problems get (<see cref="WriteUsageErrors"/>), so <c>--limit 0</c> reads like <c>--limit abc</c>.
    /// A location the message already names (the option) is not repeated.
    /// </summary>
    public static void WriteExpected(CliEnvironment env, PlaybooksException ex)
    {
        env.Error.WriteLine($"{(ex.Kind.IsUsage ? "用法错误" : "错误")}：{ex.Message}");
        if (!string.IsNullOrEmpty(ex.Location) && !(ex.Kind.IsUsage && ex.Message.Contains(ex.Location, StringComparison.Ordinal)))
            env.Error.WriteLine($"  位置：{ex.Location}");
        env.Error.WriteLine($"  解决：{ex.Remedy}");
    }

    public const string ReportBug = "这是程序缺陷，不是你的操作问题。请把以下信息连同所用命令一起反馈给维护者";

    public static void WriteUnexpected(CliEnvironment env, Exception ex)
    {
        env.Error.WriteLine($"内部错误：{ex.Message}");
        env.Error.WriteLine(ReportBug + "：");
        env.Error.WriteLine(ex.ToString());
    }

    /// <summary>Each problem with the command line: "用法错误：" and what is wrong, then "解决：" and what to type.</summary>
    public static void WriteUsageErrors(CliEnvironment env, IEnumerable<UsageProblem> problems)
    {
        foreach (var problem in problems)
        {
            env.Error.WriteLine($"用法错误：{problem.Message}");
            env.Error.WriteLine($"  解决：{problem.Remedy}");
        }
    }
}
