using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Playbooks.Core;

namespace Playbooks.Cli.Help;

/// <summary>
/// Explains a failed parse in Chinese from the parse result's structure (which token, which option, which argument),
/// never by matching the framework's English wording. Errors it cannot classify (custom validators, which already
/// write Chinese) keep their own message, localised by System.CommandLine's zh-Hans resources where it has them.
/// </summary>
internal static class UsageErrors
{
    /// <summary>
    /// The problems to report, most fundamental first: unknown options, then unknown commands or extra words, then the
    /// rest. Only the first kind found is reported, since the later errors are usually its consequences (the value of
    /// an unknown option shows up as an extra word).
    /// </summary>
    public static IReadOnlyList<UsageProblem> Describe(ParseResult parse)
    {
        var command = parse.CommandResult.Command;

        var unknown = UnknownOptions.Find(parse);
        if (unknown.Count > 0)
            return unknown.Select(token => UnknownOption(token, command)).Distinct().ToList();

        var unmatched = parse.UnmatchedTokens;
        if (unmatched.Count > 0)
        {
            // After a mistyped command ("serch 退款") the other words are that command's, not more mistakes.
            var reported = command.Subcommands.Any(c => !c.Hidden) ? unmatched.Take(1) : unmatched;
            return reported.Select(token => Unmatched(token, command)).Distinct().ToList();
        }

        return parse.Errors.Select(error => Describe(error, command)).Distinct().ToList();
    }

    private static UsageProblem UnknownOption(string token, Command command)
    {
        var name = token.Split('=', ':')[0];
        var names = HelpLabels.OptionNames(command);
        var suggestion = OptionSynonyms.Find(name, names) ?? ClosestName.Find(name, names);
        var path = HelpLabels.CommandPath(command);
        var remedy = $"运行 `{path} --help` 查看可用的选项";
        // Only free text (search's description) can sensibly start with "-"; an id or a folder cannot.
        if (command.Arguments.Any(a => !a.Hidden && a.Arity.MaximumNumberOfValues > 1))
            remedy += $"；如果“{token}”是要输入的内容而不是选项，把它写在 -- 之后：{path} -- {token}";
        return new($"未知选项 {token}。" + (suggestion is null ? "" : $"是不是要用 {suggestion}？"), remedy, ErrorKind.UnknownOption, name);
    }

    private static UsageProblem Unmatched(string token, Command command)
    {
        var path = HelpLabels.CommandPath(command);
        var subcommands = command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList();
        if (subcommands.Count == 0)
            return new($"多余的参数“{token}”", $"内容含空格时请加引号；运行 `{path} --help` 查看用法", ErrorKind.ExtraArgument);

        if (ClosestName.Find(token, subcommands) is { } suggestion)
            return new($"未知命令 {token}。是不是要用 {suggestion}？", $"运行 `{path} --help` 查看所有命令", ErrorKind.UnknownCommand);
        var remedy = $"运行 `{path} --help` 查看所有命令";
        if (command is RootCommand)
            remedy += $"；要按情况描述检索预案，用：playbooks search {token}";
        return new($"未知命令 {token}。", remedy, ErrorKind.UnknownCommand);
    }

    private static UsageProblem Describe(ParseError error, Command command)
    {
        switch (error.SymbolResult)
        {
            case OptionResult option:
                return DescribeOption(error, option.Option, option.Tokens, command);
            case ArgumentResult { Parent: OptionResult option }:
                return DescribeOption(error, option.Option, option.Tokens, command);
            case ArgumentResult argument when argument.Tokens.Count == 0 && argument.Argument.Arity.MinimumNumberOfValues > 0:
                return MissingArgument(argument.Argument, command);
            case ArgumentResult argument when FirstUnparsable(argument.Argument.ValueType, argument.Tokens) is { } bad:
                return BadValue(HelpLabels.ArgumentLabel(argument.Argument), argument.Argument.ValueType, bad, null, command);
            case CommandResult result when MissingArguments(result).FirstOrDefault() is { } missing:
                return MissingArgument(missing, result.Command);
            case CommandResult result when result.Command.Action is null && result.Command.Subcommands.Any(c => !c.Hidden):
                return new($"{HelpLabels.CommandPath(result.Command)} 后面要跟一个命令：" +
                    string.Join("、", result.Command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name)), HelpHint(result.Command), ErrorKind.MissingArgument);
            default:
                return new(error.Message, HelpHint(command), ErrorKind.Usage);
        }
    }

    private static UsageProblem DescribeOption(ParseError error, Option option, IReadOnlyList<Token> tokens, Command command)
    {
        var name = option.Name;
        if (tokens.Count == 0 && option.Arity.MinimumNumberOfValues > 0)
            return new($"选项 {name} 缺少取值", $"在 {name} 后面写上 {HelpLabels.ValuePlaceholder(option)}；运行 `{HelpLabels.CommandPath(command)} --help` 查看用法",
                ErrorKind.MissingArgument, name);
        if (tokens.Count > option.Arity.MaximumNumberOfValues)
            return new($"选项 {name} 只能给一个值，实际给了 {tokens.Count} 个", $"只保留一个 {name}", ErrorKind.BadValue, name);
        if (FirstUnparsable(option.ValueType, tokens) is { } bad)
            return BadValue(name, option.ValueType, bad, option.HasDefaultValue ? $"{name} {option.GetDefaultValue()}" : null, command) with { Option = name };
        return new(error.Message, HelpHint(command), ErrorKind.Usage, name);
    }

    private static UsageProblem MissingArgument(Argument argument, Command command)
    {
        var what = HelpLabels.ArgumentLabel(argument) + (string.IsNullOrEmpty(argument.Description) ? "" : $"（{argument.Description}）");
        var example = HelpExamples.Of(command).FirstOrDefault()?.CommandLine;
        return new($"缺少参数 {what}", example is null ? HelpHint(command) : $"例如：{example}", ErrorKind.MissingArgument);
    }

    private static UsageProblem BadValue(string name, Type type, string value, string? example, Command command) =>
        new(TooLargeInteger(type, value)
                ? $"{name} 的值“{value}”太大了"
                : $"{name} 的值“{value}”格式不对，应为{TypeName(type)}",
            example is null ? HelpHint(command) : $"例如 {example}", ErrorKind.BadValue);

    // "--limit 99999999999" is a whole number, just not one an int holds: "应为整数" would contradict what was typed.
    private static bool TooLargeInteger(Type type, string value) =>
        (Nullable.GetUnderlyingType(type) ?? type) is var t && (t == typeof(int) || t == typeof(long))
        && System.Numerics.BigInteger.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _);

    private static IEnumerable<Argument> MissingArguments(CommandResult result) =>
        result.Command.Arguments.Where(a => a.Arity.MinimumNumberOfValues > 0 && (result.GetResult(a)?.Tokens.Count ?? 0) == 0);

    /// <summary>The first token that is not a valid <paramref name="type"/>; null when all are, or the type is text.</summary>
    private static string? FirstUnparsable(Type type, IReadOnlyList<Token> tokens)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        Func<string, bool>? valid =
            target == typeof(int) ? v => int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) :
            target == typeof(long) ? v => long.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) :
            target == typeof(double) ? v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _) :
            target == typeof(bool) ? v => bool.TryParse(v, out _) :
            null;
        return valid is null ? null : tokens.Select(t => t.Value).FirstOrDefault(v => !valid(v));
    }

    private static string TypeName(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(int) || t == typeof(long) => "整数",
        var t when t == typeof(double) => "数字",
        var t when t == typeof(bool) => " true 或 false",
        _ => "正确的格式",
    };

    private static string HelpHint(Command command) => $"运行 `{HelpLabels.CommandPath(command)} --help` 查看用法";
}
