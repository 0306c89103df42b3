using System.CommandLine;
using Playbooks.Cli.Help;
using Playbooks.Cli.Input;
using Playbooks.Cli.Output;
using Playbooks.Core.Authoring.Import;
using Playbooks.Core.Authoring;
using Playbooks.Core.Diagnostics;
using Playbooks.Core.KnowledgeBase;
using Playbooks.Core;
using Playbooks.Core.Model;
using Playbooks.Application;
using Playbooks.Search.Authoring;

namespace Playbooks.Cli.Commands;

/// <summary>
/// <c>playbooks import &lt;file|-&gt;</c>: one draft playbook per case of a bracket-style write-up. Plans every draft
/// first (ids, paths), then writes each atomically; never overwrites. A case whose title the knowledge base already
/// has is skipped with a warning (the same article imported twice), unless --keep-both asks for a second copy.
/// </summary>
internal static class ImportCommand
{
    private const string StandardInput = "标准输入";

    public static Command Create(CliEnvironment env)
    {
        var file = new Argument<string>("文件") { Description = "案例文章（UTF-8 文本或 Markdown）；写 - 则从标准输入读取" };
        var dryRun = new Option<bool>("--dry-run") { Description = "预览：只显示会生成哪些草稿、各章节取到了什么，不写入任何文件" };
        var keepBoth = new Option<bool>("--keep-both") { Description = "与已有预案标题相同的案例也写入，另存为 id-2 这样的新文件（默认跳过这些案例并给出警告）" };
        var json = CliOptions.Json();
        var dir = new Option<string?>("--dir") { Description = "写到预案目录下的哪个子目录（默认：同分类预案所在的目录，没有分类时为预案目录本身）", HelpName = "SUBDIR" };
        var category = new Option<string?>("--category") { Description = "所有草稿的分类，如 社群运营（不填则留空待补）", HelpName = "CATEGORY" };
        var severity = new Option<string?>("--severity") { Description = "所有草稿的严重程度：低/中/高/严重（不填则留空待补）", HelpName = "LEVEL" };
        var owner = new Option<string?>("--owner") { Description = "所有草稿的负责角色（不填则留空待补）", HelpName = "ROLE" };
        var tags = new Option<string?>("--tags") { Description = "所有草稿共有的标签，逗号分隔", HelpName = "a,b" };
        var noSimilarCheck = CliOptions.NoSimilarCheck();
        var command = new Command("import", "把复盘文章里的案例（【社群背景】【处理方法】等写法）转成预案草稿，每个案例一份")
        {
            file, dryRun, keepBoth, json, dir, category, severity, owner, tags, noSimilarCheck,
        };
        command.WithExamples(
            new HelpExample("playbooks import 复盘合集.md --dry-run", "先看会生成哪些草稿"),
            new HelpExample("playbooks import 复盘合集.md --category 社群运营"),
            new HelpExample("playbooks import 复盘合集.md --keep-both", "已导入过的案例也另存一份"));
        command.SetAction(parse =>
        {
            var (name, result) = Read(parse.GetValue(file)!, env);
            using var session = AuthoringSession.Open(parse, env);
            var categoryValue = parse.GetValue(category)?.Trim() ?? "";
            var folder = parse.GetValue(dir) is { } d
                ? DraftFolder.Validate(d, "--dir")
                : categoryValue.Length > 0 ? AuthoringDefaults.FolderFor(session.KnowledgeBase, categoryValue) : "";
            // The source field names the article, not where it sat on the importer's machine.
            var options = new ImportOptions(name == StandardInput ? name : Path.GetFileName(name), session.Today, folder)
            {
                Category = categoryValue,
                Severity = session.ParseSeverity(parse.GetValue(severity), "--severity"),
                SeverityLabel = session.TeamSeverityLabel(parse.GetValue(severity)),
                Owner = parse.GetValue(owner)?.Trim() ?? "",
                Tags = TagText.Split(parse.GetValue(tags)),
                KeepDuplicates = parse.GetValue(keepBoth),
            };
            var plan = ImportPlanner.Plan(result, options, session.Ids, session.Suggester, TitleRegistry.From(session.KnowledgeBase));

            // Checked before writing, so a draft is compared with the knowledge base, not with itself.
            var similar = parse.GetValue(noSimilarCheck) ? [] : SimilarPlaybooks(parse, env, session, plan);

            var written = new List<PlannedDraft>();
            if (!parse.GetValue(dryRun))
            {
                try
                {
                    foreach (var draft in plan.Where(d => !d.Skipped))
                    {
                        session.CreateNew(draft.RelativePath, draft.Text);
                        written.Add(draft);
                    }
                }
                catch (PlaybooksException) when (written.Count > 0)
                {
                    // Keep the user informed of what already exists before reporting what stopped the rest.
                    foreach (var draft in written)
                        env.Error.WriteLine($"已写入 {session.DisplayPath(draft.RelativePath)}");
                    throw;
                }
            }

            var view = new ImportView(env, session, name, result, plan, parse.GetValue(dryRun), similar);
            if (parse.GetValue(json))
                view.WriteJson();
            else
                view.Write();
            foreach (var (draft, match) in similar)
                env.Error.WriteLine($"提醒：案例“{draft.Draft.Title}”{DuplicateWarning.Message(match)}（{match.Path}）");
            return CliApp.ExitOk;
        });
        return command;
    }

    /// <summary>Per case to be written, the closest playbook it repeats (<see cref="DuplicateCheck"/>); none in an empty folder.</summary>
    private static List<(PlannedDraft Draft, DuplicateMatch Match)> SimilarPlaybooks(ParseResult parse, CliEnvironment env,
        AuthoringSession session, IReadOnlyList<PlannedDraft> plan)
    {
        if (!session.KnowledgeBase.Valid.Any(p => p.Kind == PlaybookKind.Playbook) || plan.All(d => d.Skipped))
            return [];
        using var knowledgeBase = KnowledgeBaseSession.Open(CliOptions.ResolveKnowledgeBase(parse, env), env, report: false);
        return plan.Where(d => !d.Skipped)
            .SelectMany(d => knowledgeBase.Duplicates(d.Draft.Title, d.Draft.Tags).Take(1).Select(m => (d, m)))
            .ToList();
    }

    private static (string Name, ImportResult Result) Read(string argument, CliEnvironment env)
    {
        if (argument == "-")
        {
            if (env.InputIsTerminal)
                env.Error.WriteLine("请粘贴文章内容，以 Ctrl+D 结束：");
            var text = BoundedInput.ReadToEnd(env.In, CaseImporter.MaxBytes) ?? throw CaseImporter.TooLarge(null, StandardInput);
            return (StandardInput, CaseImporter.Parse(text, StandardInput));
        }
        var path = Path.GetFullPath(argument, env.CurrentDirectory);
        if (Directory.Exists(path))
            throw new PlaybooksException($"{argument} 是目录，不是文件", "指定一篇文章的文件路径；要导入多篇请逐个运行", argument, ErrorKind.NotAFile);
        if (!File.Exists(path))
            throw new PlaybooksException($"找不到文件：{argument}", "检查路径是否正确；要从标准输入读取请写 -", argument, ErrorKind.MissingFile);
        // Only a regular file, and no more than the limit + 1 bytes of it: a pipe or /dev/zero must not hang or fill memory.
        var read = PlaybookFileReader.Read(path, argument, CaseImporter.MaxBytes);
        if (read.Problem is { } problem)
            throw new PlaybooksException(problem.Message, problem.Fix, argument,
                problem.Code == FindingCodes.NotRegularFile ? ErrorKind.NotAFile : ErrorKind.UnreadableFile);
        // Only limit + 1 bytes were read: name the file's real size (it is a regular file, so its length is known).
        if (read.Bytes!.Length > CaseImporter.MaxBytes)
            throw CaseImporter.TooLarge(new FileInfo(path).Length, argument);
        return (argument, CaseImporter.Read(read.Bytes, argument));
    }
}
