using System.CommandLine;
using System.Globalization;
using Playbooks.Cli.Help;
using Playbooks.Site.Building;
using Playbooks.Site.Content;
using Spectre.Console;

namespace Playbooks.Cli.Commands;

/// <summary>
/// <c>playbooks site [--out DIR]</c>: writes the onboarding site (static HTML with offline search). The site is built
/// with the search analyzer of the knowledge base's lexicon but never reads the SQLite index, so a fresh checkout
/// (CI publishing the site) does not pay for an index build it would not use.
/// </summary>
internal static class SiteCommand
{
    public static Command Create(CliEnvironment env)
    {
        var output = new Option<string>("--out", "-o")
        {
            Description = "输出目录（默认：当前目录下的 site/）；必须是空目录、不存在的目录，或之前生成的站点",
            HelpName = "DIR",
            DefaultValueFactory = _ => "site",
        };
        var repoUrl = new Option<string?>("--repo-url")
        {
            Description = "在线编辑文件的网页地址前缀（代码仓库的编辑页）；给了就在每页加“编辑此页”链接，地址 = 前缀/源文件路径",
            HelpName = "URL",
        };
        var baseUrl = new Option<string?>("--base-url")
        {
            Description = "站点发布后的根地址（如 /handbook/）；给了 404 页就用从根开始的链接，在任何层级的错误地址下都能正常显示",
            HelpName = "URL",
        };
        var command = new Command("site", "生成新人站点：静态网页，可离线打开、在手机上查看，带离线检索") { output, repoUrl, baseUrl };
        command.WithExamples(
            new HelpExample("playbooks site"),
            new HelpExample("playbooks site --out public/handbook"),
            new HelpExample("playbooks site --base-url /handbook/", "发布在 /handbook/ 下：404 页在任何层级都能正常显示"));
        command.SetAction(async (parse, cancellation) =>
        {
            // Checked before the knowledge base is read: a mistyped address is a usage error, whatever the playbooks.
            var repository = parse.GetValue(repoUrl) is { } r ? SiteAddresses.RepositoryUrl(r) : null;
            var root = parse.GetValue(baseUrl) is { } b ? SiteAddresses.BaseUrl(b) : null;
            using var knowledgeBase = KnowledgeBaseSession.Open(parse, env);
            var loaded = knowledgeBase.Load();
            using var analyzer = knowledgeBase.LexiconAnalyzer();
            var given = parse.GetValue(output)!;
            var request = new SiteBuildRequest
            {
                KnowledgeBase = loaded,
                Analyzer = analyzer,
                OutputDirectory = Path.GetFullPath(given, env.CurrentDirectory),
                RepositoryUrl = repository,
                BaseUrl = root,
            };
            var result = env.OutputIsTerminal
                ? await BuildWithProgressAsync(env, request, cancellation)
                : await StaticSiteBuilder.BuildAsync(request, cancellation);

            var folder = given.TrimEnd('/', '\\') + "/";
            var seconds = result.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
            env.Out.WriteLine($"已生成站点：{folder}（{result.Playbooks} 份预案、{result.Guides} 篇指南，共 {result.Pages} 个页面；" +
                $"检索数据 {Kilobytes(result.SearchDataBytes)}；用时 {seconds} 秒）");
            if (result.Removed > 0)
                env.Out.WriteLine($"已删除上次生成、这次不再需要的 {result.Removed} 个文件。");
            env.Out.WriteLine($"用浏览器打开 {folder}index.html 即可浏览和检索，不需要网络；发布时把整个 {folder} 目录上传到任意静态托管。");
            return CliApp.ExitOk;
        });
        return command;
    }

    private static async Task<SiteBuildResult> BuildWithProgressAsync(CliEnvironment env, SiteBuildRequest request, CancellationToken cancellation)
    {
        SiteBuildResult? result = null;
        await env.Console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var tasks = new Dictionary<SiteBuildStage, ProgressTask>
                {
                    [SiteBuildStage.Analysing] = context.AddTask("分析预案", autoStart: false),
                    [SiteBuildStage.Relating] = context.AddTask("计算相关预案", autoStart: false),
                    [SiteBuildStage.Rendering] = context.AddTask("生成页面", autoStart: false),
                };
                result = await StaticSiteBuilder.BuildAsync(request with
                {
                    Progress = progress =>
                    {
                        var task = tasks[progress.Stage];
                        if (!task.IsStarted)
                            task.StartTask();
                        task.MaxValue = Math.Max(1, progress.Total);
                        task.Value = progress.Done;
                    },
                }, cancellation);
            });
        return result!;
    }

    private static string Kilobytes(long bytes) =>
        bytes < 1024 * 1024
            ? $"{(bytes / 1024.0).ToString("0", CultureInfo.InvariantCulture)} KB"
            : $"{(bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture)} MB";
}
