using System.CommandLine;
using Playbooks.Cli.Help;
using Playbooks.Cli.Output;
using Playbooks.Search.Analysis;
using Playbooks.Search.Lexicons;
using Playbooks.Search.Vocabulary;

namespace Playbooks.Cli.Commands;

/// <summary><c>playbooks lexicon suggest</c>: candidate words and synonym groups, with evidence, for a lead to accept into lexicon/.</summary>
internal static class LexiconCommand
{
    public static Command Create(CliEnvironment env)
    {
        var json = CliOptions.Json();
        var suggest = new Command("suggest", "从预案里找出值得加进词表的词和同义词组，附出现次数和例句（文件:行）") { json };
        suggest.SetAction(parse =>
        {
            var loaded = KnowledgeBaseSession.Load(parse, env);
            var fullRoot = Path.GetFullPath(loaded.Root, env.CurrentDirectory);
            using var analyzer = new Analyzer(LexiconLoader.Load(fullRoot, TextNormalizer.Shared));
            // The text the loader already read (regular files only, bounded): never open the files a second time.
            var sources = loaded.Valid.Select(p => new SourcePlaybook(p, p.RawText.Split('\n'))).ToList();
            var suggestions = LexiconSuggester.Suggest(sources, analyzer);
            if (parse.GetValue(json))
                JsonOutput.Write(env, suggestions);
            else
                LexiconSuggestionsView.Write(env, suggestions, Path.Combine(loaded.Root, LexiconLoader.FolderName).Replace('\\', '/'));
            return CliApp.ExitOk;
        });
        suggest.WithExamples(
            new HelpExample("playbooks lexicon suggest"),
            new HelpExample("playbooks lexicon suggest --json", "结构化输出"));
        var lexicon = new Command("lexicon", "词表工具") { suggest };
        lexicon.WithExamples(new HelpExample("playbooks lexicon --help", "列出词表工具的子命令"));
        return lexicon;
    }
}
