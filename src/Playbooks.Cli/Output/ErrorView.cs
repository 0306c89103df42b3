using System.CommandLine;
using Playbooks.Core;

namespace Playbooks.Cli.Output;

/// <summary>How errors look: message, location, remedy for expected ones; full details for the rest.</summary>
internal static partial class ErrorView
{
    public static void WriteExpected(CliEnvironment env, PlaybooksException ex)
    {
        env.Error.WriteLine($"错误：{ex.Message}");
        if (!string.IsNullOrEmpty(ex.Location))
            env.Error.WriteLine($"  位置：{ex.Location}");
        env.Error.WriteLine($"  解决：{ex.Remedy}");
    }

    public static void WriteUnexpected(CliEnvironment env, Exception ex)
    {
        env.Error.WriteLine($"内部错误：{ex.Message}");
        env.Error.WriteLine("这是程序缺陷，不是你的操作问题。请把以下信息连同所用命令一起反馈给维护者：");
        env.Error.WriteLine(ex.ToString());
    }

    public static void WriteUsageErrors(CliEnvironment env, ParseResult parse)
    {
        foreach (var error in parse.Errors)
            env.Error.WriteLine($"用法错误：{Translate(error.Message)}");
        var command = string.Join(' ', parse.CommandResult.Command is RootCommand ? [] : new[] { parse.CommandResult.Command.Name });
        env.Error.WriteLine($"  解决：运行 `playbooks {command}{(command.Length > 0 ? " " : "")}--help` 查看用法");
    }

    // System.CommandLine's messages are English; the common ones get a Chinese wording, the rest pass through.
    private static string Translate(string message)
    {
        if (message.StartsWith("Unrecognized command or argument", StringComparison.Ordinal))
            return "无法识别的命令或参数" + message["Unrecognized command or argument".Length..];
        if (message.StartsWith("Required argument missing for command", StringComparison.Ordinal))
            return "缺少必需的参数" + message["Required argument missing for command".Length..];
        if (SingleValue().Match(message) is { Success: true } single)
            return $"选项 {single.Groups["option"].Value} 只能给一个值，实际给了 {single.Groups["count"].Value} 个";
        if (message.StartsWith("Option '", StringComparison.Ordinal) && message.Contains("expects a single argument"))
            return message.Replace("Option", "选项").Replace("expects a single argument but", "只接受一个值，但") ;
        if (CannotParse().Match(message) is { Success: true } parse)
            return $"{parse.Groups["option"].Value} 的值“{parse.Groups["value"].Value}”格式不对" +
                (parse.Groups["type"].Value is "System.Int32" or "System.Int64" ? "，应为整数" : "");
        if (message.StartsWith("Cannot parse argument", StringComparison.Ordinal))
            return "参数值格式不对：" + message;
        if (message.StartsWith("Required argument missing for option", StringComparison.Ordinal))
            return "选项缺少取值" + message["Required argument missing for option".Length..];
        return message;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for option '(?<option>[^']+)' as expected type '(?<type>[^']+)'")]
    private static partial System.Text.RegularExpressions.Regex CannotParse();

    [System.Text.RegularExpressions.GeneratedRegex(@"^Option '(?<option>[^']+)' expects a single argument but (?<count>\d+) were provided")]
    private static partial System.Text.RegularExpressions.Regex SingleValue();
}
