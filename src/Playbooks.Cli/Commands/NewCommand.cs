using System.CommandLine;
using Playbooks.Cli.Help;
using Playbooks.Cli.Output;
using Playbooks.Core.Authoring;
using Playbooks.Core.Model;
using Playbooks.Core.Parsing;
using Playbooks.Core;
using Playbooks.Application;
using Playbooks.Search.Authoring;

namespace Playbooks.Cli.Commands;

/// <summary>
/// <c>playbooks new</c>: writes a draft skeleton (front matter, five headings with guidance comments). Asks for
/// missing values in a terminal; elsewhere, or with --no-input, a missing value is a usage error naming the flags.
/// </summary>
internal static class NewCommand
{
    private const string OtherCategory = "其他（手动输入）";
    private static readonly string[] SeverityChoices = ["低", "中", "高", "严重"];

    public static Command Create(CliEnvironment env)
    {
        var id = new Option<string?>("--id") { Description = "预案 id，也是文件名（小写英文、数字和短横线）；不填则按标题的拼音生成", HelpName = "ID" };
        var title = new Option<string?>("--title") { Description = "标题：一句话说清是什么事故", HelpName = "TITLE" };
        var category = new Option<string?>("--category") { Description = "分类，如 社群运营、用户运营、电商运营", HelpName = "CATEGORY" };
        var severity = new Option<string?>("--severity") { Description = "严重程度：低/中/高/严重（或 low/medium/high/critical）", HelpName = "LEVEL" };
        var tags = new Option<string?>("--tags") { Description = "标签，3–8 个，逗号分隔：值班同学描述事故时会说的词，如 刷屏,广告,炸群", HelpName = "a,b" };
        var owner = new Option<string?>("--owner") { Description = "负责维护的角色，如 社群运营主管", HelpName = "ROLE" };
        var dir = new Option<string?>("--dir") { Description = "写到预案目录下的哪个子目录（默认：同分类预案所在的目录）", HelpName = "SUBDIR" };
        var noInput = new Option<bool>("--no-input") { Description = "不提问：缺少必填项时直接报错（用于脚本）" };
        var json = CliOptions.Json();
        var noSimilarCheck = CliOptions.NoSimilarCheck();
        var command = new Command("new", "新建一个预案草稿（复盘写完即可被检索）") { id, title, category, severity, tags, owner, dir, noInput, json, noSimilarCheck };
        command.WithExamples(
            new HelpExample("playbooks new", "在终端里逐项提问"),
            new HelpExample("playbooks new --title 直播间突然黑屏 --category 直播运营 --severity 高 --tags 黑屏,断播,直播事故 --owner 直播运营主管 --no-input"));
        command.SetAction(parse =>
        {
            using var session = AuthoringSession.Open(parse, env);
            var given = new Answers
            {
                Id = Trimmed(parse.GetValue(id)),
                Title = Trimmed(parse.GetValue(title)),
                Category = Trimmed(parse.GetValue(category)),
                Severity = session.ParseSeverity(parse.GetValue(severity), "--severity"),
                SeverityLabel = session.TeamSeverityLabel(parse.GetValue(severity)),
                Tags = parse.GetValue(tags) is { } t ? TagText.Split(t) : null,
                Owner = Trimmed(parse.GetValue(owner)),
            };
            var folder = DraftFolder.Validate(parse.GetValue(dir), "--dir");
            if (given.Id is { } explicitId)
                CheckId(explicitId, session);
            if (given.Title is { } explicitTitle && PlaybookTitle.Problem(explicitTitle) is { } titleProblem)
                throw new PlaybooksException($"--title 无效：{titleProblem}", "例如 --title \"群里有人冒充助教拉人\"", "--title", ErrorKind.BadValue);
            if (given.Tags is { Count: > 0 } explicitTags && TagText.CountProblem(explicitTags) is { } tagProblem)
                throw new PlaybooksException($"--tags 无效：{tagProblem}（{string.Join("、", explicitTags)}）", TagsExample, "--tags", ErrorKind.BadValue);

            var interactive = !parse.GetValue(noInput) && env.InputIsTerminal && env.OutputIsTerminal;
            var answers = interactive ? Ask(given, session, env) : Require(given, parse.GetValue(noInput));
            var notes = new List<string>();
            var finalId = answers.Id ?? DerivedId(answers.Title!, session, notes);

            if (folder.Length == 0 && parse.GetValue(dir) is null)
                folder = AuthoringDefaults.FolderFor(session.KnowledgeBase, answers.Category!);
            // "Existing" names this knowledge base's categories, not the bundled samples' (the third audit's ticketing
            // team was told its existing categories were 社群运营…安全合规, none of which it used); a new knowledge
            // base has none yet, so it is shown the documented ones.
            if (!AuthoringDefaults.Categories(session.KnowledgeBase).Contains(answers.Category!))
            {
                var existing = AuthoringDefaults.InUse(session.KnowledgeBase) is { Count: > 0 } inUse ? inUse : AuthoringDefaults.DocumentedCategories;
                notes.Add($"分类“{answers.Category}”是新分类，现有分类：{string.Join("、", existing)}");
            }
            if (DraftFolder.IsIgnored(folder))
                notes.Add($"{folder}/ 以 _ 开头，里面的文件不会被 lint 检查、也不会被检索；定稿后移到正式目录");

            var draft = new PlaybookDraft
            {
                Id = finalId,
                Title = answers.Title!,
                Category = answers.Category!,
                Severity = answers.Severity,
                SeverityLabel = answers.SeverityLabel,
                Tags = answers.Tags!,
                Owner = answers.Owner!,
                Updated = session.Today,
            };
            ControlCharacters.Reject(draft.Title, "--title");
            ControlCharacters.Reject(draft.Category, "--category");
            ControlCharacters.Reject(draft.Owner, "--owner");
            ControlCharacters.Reject(string.Join(",", draft.Tags), "--tags");
            var relative = folder.Length > 0 ? $"{folder}/{finalId}.md" : $"{finalId}.md";
            var display = session.DisplayPath(relative);
            // Checked before writing, so the new file itself is not what the draft resembles.
            var similar = parse.GetValue(noSimilarCheck) ? [] : SimilarPlaybooks(parse, env, draft);
            session.CreateNew(relative, PlaybookTemplate.Render(draft));

            foreach (var note in notes)
                env.Error.WriteLine($"提示：{note}");
            foreach (var match in similar)
                env.Error.WriteLine($"提醒：{DuplicateWarning.Message(match)}（{match.Path}）");
            if (parse.GetValue(json))
                JsonOutput.Write(env, new
                {
                    id = draft.Id, title = draft.Title, category = draft.Category, severity = draft.Severity?.ChineseName(),
                    tags = draft.Tags, owner = draft.Owner, updated = draft.Updated.ToString("yyyy-MM-dd"), draft = true, path = display,
                    similar = similar.Select(m => new { id = m.Id, title = m.Title, similarity = m.Similarity, path = m.Path, sections = m.Sections }),
                });
            else
                NewView.Write(env, display, draft.Title, session.KnowledgeBaseArgument);
            return CliApp.ExitOk;
        });
        return command;
    }

    /// <summary>The playbooks the draft's title and tags repeat; none in an empty folder (the first playbook of a team).</summary>
    private static IReadOnlyList<DuplicateMatch> SimilarPlaybooks(ParseResult parse, CliEnvironment env, PlaybookDraft draft)
    {
        using var knowledgeBase = KnowledgeBaseSession.Open(CliOptions.ResolveKnowledgeBase(parse, env), env, report: false);
        if (!knowledgeBase.Load().Valid.Any(p => p.Kind == PlaybookKind.Playbook))
            return [];
        return knowledgeBase.Duplicates(draft.Title, draft.Tags);
    }

    /// <summary>The values of the new playbook; null where not known yet.</summary>
    private sealed record Answers
    {
        public string? Id { get; init; }
        public string? Title { get; init; }
        public string? Category { get; init; }
        public Severity? Severity { get; init; }
        public string? SeverityLabel { get; init; }
        public IReadOnlyList<string>? Tags { get; init; }
        public string? Owner { get; init; }
    }

    /// <summary>Without a terminal every value must come from a flag (the id excepted: it is derived from the title).</summary>
    private static Answers Require(Answers given, bool noInput)
    {
        var missing = new List<string>();
        if (given.Title is null) missing.Add("--title");
        if (given.Category is null) missing.Add("--category");
        if (given.Severity is null) missing.Add("--severity");
        if (given.Tags is not { Count: > 0 }) missing.Add("--tags");
        if (given.Owner is null) missing.Add("--owner");
        if (missing.Count == 0)
            return given;
        var why = noInput ? "（--no-input 不会提问）" : "（不在终端里运行，无法提问）";
        throw new PlaybooksException($"缺少必填项：{string.Join("、", missing)}{why}",
            "补上这些选项，例如：playbooks new --title \"群里有人冒充助教拉人\" --category 社群运营 --severity 高 --tags 冒充,拉人,名片 --owner 社群运营主管"
            + (noInput ? "" : "；或在终端里直接运行 playbooks new，按提示逐项填写"),
            null, ErrorKind.MissingArgument);
    }

    private static Answers Ask(Answers given, AuthoringSession session, CliEnvironment env)
    {
        var prompter = env.Prompter;
        var title = given.Title ?? prompter.Ask("标题（一句话说清是什么事故）", null, v => v.Length == 0 ? "标题不能为空" : PlaybookTitle.Problem(v));

        var category = given.Category;
        if (category is null)
        {
            category = prompter.Choose("分类：", [.. AuthoringDefaults.Categories(session.KnowledgeBase), OtherCategory]);
            if (category == OtherCategory)
                category = prompter.Ask("分类名称", null, v => v.Length == 0 ? "分类不能为空" : null);
        }

        var severity = given.Severity;
        if (severity is null)
        {
            Severities.TryParse(prompter.Choose("严重程度：", SeverityChoices), out var chosen);
            severity = chosen;
        }

        var tags = given.Tags is { Count: > 0 } ? given.Tags : TagText.Split(prompter.Ask("标签（值班同学描述事故时会说的词，3–8 个，用逗号分隔）", null,
            v => TagText.CountProblem(TagText.Split(v)) is not { } problem ? null
                : TagText.Split(v).Count < TagText.MinCount ? $"{problem}，例如：刷屏,广告,炸群" : problem));

        var owner = given.Owner ?? prompter.Ask("负责人（负责维护这个预案的角色）", AuthoringDefaults.OwnerFor(session.KnowledgeBase, category),
            v => v.Length == 0 ? "负责人不能为空，写角色即可，例如：社群运营主管" : null);

        var id = given.Id ?? prompter.Ask("id（即文件名：小写英文、数字和短横线）", session.Ids.Unique(session.Suggester.Suggest(title)),
            v => IdProblem(v, session));

        return new Answers { Id = id, Title = title, Category = category, Severity = severity, SeverityLabel = given.SeverityLabel, Tags = tags, Owner = owner };
    }

    private const string TagsExample = "写 3–8 个值班同学描述这类事故时会说的词，逗号分隔，例如 --tags 刷屏,广告,炸群";

    private static string DerivedId(string title, AuthoringSession session, List<string> notes)
    {
        var suggested = session.Suggester.Suggest(title);
        var id = session.Ids.Unique(suggested);
        if (id != suggested)
            notes.Add($"按标题生成的 id“{suggested}”已被 {session.Ids.PathOf(suggested)} 使用，改用“{id}”；如果是同一类事故，考虑直接更新那个预案");
        else
            notes.Add($"未指定 --id，按标题生成：{id}");
        return id;
    }

    private static void CheckId(string id, AuthoringSession session)
    {
        if (id.Length > PlaybookId.MaxLength || PlaybookId.IsReserved(id))
            throw new PlaybooksException($"--id 无效：{PlaybookId.Problem(id)}", "换一个 id，例如 --id bot-flood", "--id", ErrorKind.BadValue);
        if (!PlaybookId.IsValid(id))
            throw new PlaybooksException($"--id“{id}”不是小写短横线格式", "只用小写英文字母、数字和单个短横线，例如 --id bot-flood", "--id", ErrorKind.BadValue);
        if (session.Ids.PathOf(id) is { } existing)
            throw new PlaybooksException($"id“{id}”已被使用：{existing}",
                $"换一个 id；要修改已有的预案请直接编辑 {existing}", existing, ErrorKind.IdExists);
    }

    private static string? IdProblem(string id, AuthoringSession session) =>
        PlaybookId.Problem(id) is { } problem ? problem
        : session.Ids.PathOf(id) is { } existing ? $"已被 {existing} 使用，换一个"
        : null;

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
