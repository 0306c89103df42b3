using System.CommandLine;
using Playbooks.Application;
using Playbooks.Cli.Help;
using Playbooks.Cli.Input;
using Playbooks.Cli.Output;
using Playbooks.Core;
using Playbooks.Core.Parsing;

namespace Playbooks.Cli.Commands;

/// <summary><c>playbooks search "描述"</c>: the SOPs that match what the operator sees, best first.</summary>
internal static class SearchCommand
{
    public static Command Create(CliEnvironment env)
    {
        var query = new Argument<string[]>("描述") { Description = "用自己的话描述看到的情况；写 - 则从标准输入读取", Arity = ArgumentArity.ZeroOrMore };
        var limit = CliOptions.Limit("最多显示几条结果", ResultLimit.Default);
        var json = CliOptions.Json();
        var explain = new Option<bool>("--explain") { Description = "说明每个词在哪些字段命中、各贡献多少分" };
        var command = new Command("search", "按情况描述检索预案，首条结果附完整处理步骤") { query, limit, json, explain };
        command.WithExamples(
            new HelpExample("playbooks search 群里 有人 刷屏", "多个词不用加引号"),
            new HelpExample("playbooks search \"直播突然没声了\" --limit 3"),
            new HelpExample("playbooks search -- -1 元券被刷", "描述以 - 开头时写在 -- 之后"));
        command.SetAction(parse =>
        {
            var text = ReadQuery(parse.GetValue(query) ?? [], env);
            var n = CliOptions.LimitValue(parse, limit);

            using var knowledgeBase = KnowledgeBaseSession.Open(parse, env);
            var response = knowledgeBase.Search(text, n, parse.GetValue(explain));
            if (parse.GetValue(json))
                JsonOutput.Write(env, response);
            else
                SearchView.Write(env, response);
            return CliApp.ExitOk;
        });
        return command;
    }

    // Unquoted words are one description (`search 群里 有人 刷屏`); a word that looks like an option is refused by
    // UnknownOptions unless it follows `--`, so "--top 3" is never searched for by mistake.
    private static string ReadQuery(string[] words, CliEnvironment env)
    {
        string text;
        if (words is ["-"])
        {
            if (env.InputIsTerminal)
                env.Error.WriteLine("请输入情况描述，以 Ctrl+D 结束：");
            // Bounded like a playbook file: `some-log | playbooks search -` of 100 MB took 950 MB and 12 s unbounded.
            // The newline that ends piped text is not part of the description (--json echoes the query).
            text = (BoundedInput.ReadToEnd(env.In, SourceText.MaxBytes)
                ?? throw new PlaybooksException("从标准输入读到的检索内容超过 1 MiB",
                    "只输入对情况的描述（几句话即可），不要把整段聊天记录或日志传进来", null, ErrorKind.QueryTooLong)).Trim();
        }
        else
        {
            text = string.Join(' ', words);
        }
        if (string.IsNullOrWhiteSpace(text))
            throw new PlaybooksException("检索内容为空",
                "用一句话描述你看到的情况，例如：playbooks search \"群里有人冒充助教发名片拉人\"；或用 - 从标准输入读取", null, ErrorKind.EmptyQuery);
        return text;
    }
}
