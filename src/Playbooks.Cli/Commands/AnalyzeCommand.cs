using System.CommandLine;
using Playbooks.Cli.Help;
using Playbooks.Cli.Output;
using Playbooks.Core;
using Playbooks.Search.Querying;

namespace Playbooks.Cli.Commands;

/// <summary><c>playbooks analyze "一句话"</c>: how search cuts a sentence, with the knowledge base's lexicon and learned words.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(CliEnvironment env)
    {
        var text = new Argument<string[]>("句子") { Description = "要查看分词结果的一句话", Arity = ArgumentArity.OneOrMore };
        var json = CliOptions.Json();
        var command = new Command("analyze", "显示一句话如何被分析：分词及每个词的来源、英文对照、去掉的停用词、同义词归并、二元组和拼音，以及检索时降权的词和按读音查的词") { text, json };
        command.WithExamples(
            new HelpExample("playbooks analyze 群里有人冒充助教发名片拉人"),
            new HelpExample("playbooks analyze 直播间被封了 --json", "结构化输出"));
        command.SetAction(parse =>
        {
            var sentence = string.Join(' ', parse.GetValue(text) ?? []);
            if (string.IsNullOrWhiteSpace(sentence))
                throw new PlaybooksException("要分析的句子为空", "例如：playbooks analyze \"群里有人冒充助教发名片拉人\"", null, ErrorKind.EmptyQuery);
            using var engine = EngineSession.Open(parse, env);
            var preview = AnalysisPreview.Of(engine.Analyzer, sentence) with { Query = engine.ReadQuery(sentence) };
            if (parse.GetValue(json))
                JsonOutput.Write(env, preview);
            else
                AnalysisView.Write(env, preview);
            return CliApp.ExitOk;
        });
        return command;
    }
}
