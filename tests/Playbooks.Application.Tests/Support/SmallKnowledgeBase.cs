namespace Playbooks.Application.Tests.Support;

/// <summary>
/// A knowledge base of three playbooks and a guide in a temp folder, opened the way the CLI opens one: by a folder
/// name relative to a working directory. The index file lives beside the folder, not in it. Deleted on dispose.
/// </summary>
internal sealed class SmallKnowledgeBase : IDisposable
{
    public const string Folder = "kb";

    public SmallKnowledgeBase()
    {
        WorkingDirectory = Path.Combine(Path.GetTempPath(), "playbooks-application-tests", Guid.NewGuid().ToString("N"));
        Write("community/bot-flood.md", Playbook("bot-flood", "机器人小号涌进群里刷屏发广告", "社群运营", "机器人, 刷屏", "大批小号在几分钟内进群刷屏。"));
        Write("community/member-ad-spam.md", Playbook("member-ad-spam", "群成员反复发广告刷屏", "社群运营", "广告, 刷屏", "老成员在群里反复发广告。"));
        Write("ecommerce/price-error.md", Playbook("price-error", "商品价格标错被大量下单", "电商运营", "价格, 超卖", "标价少写一个零，订单暴涨。"));
        Write("guides/first-week.md", """
            ---
            id: first-week
            title: 第一周读什么
            kind: guide
            order: 1
            category: 入门指南
            owner: 运营负责人
            updated: 2026-11-01
            ---

            ## 先读预案目录

            从预案目录开始。
            """);
    }

    /// <summary>What <see cref="Folder"/> is relative to.</summary>
    public string WorkingDirectory { get; }

    public string IndexPath => Path.Combine(WorkingDirectory, "index", "index.sqlite");

    /// <summary>Opens the knowledge base as a front end does, with <paramref name="options"/> adjusting the defaults.</summary>
    public KnowledgeBase Open(Func<KnowledgeBaseOptions, KnowledgeBaseOptions>? options = null)
    {
        var defaults = new KnowledgeBaseOptions
        {
            Folder = Folder,
            CurrentDirectory = WorkingDirectory,
            IndexPath = IndexPath,
            Clock = new FixedClock(),
        };
        return new KnowledgeBase(options is null ? defaults : options(defaults));
    }

    public void Write(string relativePath, string content)
    {
        var path = Path.Combine(WorkingDirectory, Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(WorkingDirectory, recursive: true);
    }

    private static string Playbook(string id, string title, string category, string tags, string background) => $"""
        ---
        id: {id}
        title: {title}
        category: {category}
        tags: [{tags}]
        severity: 中
        owner: 社群运营主管
        updated: 2026-11-01
        ---

        ## 背景

        {background}

        ## 风险源头

        入群和发言没有门槛。

        ## 激化情况

        十分钟内超过二十条广告时上报社群负责人。

        ## 处理方法

        1. 社群助教（5 分钟内）先禁言并移出发广告的账号。
        2. 社群负责人（30 分钟内）发公告说明情况。

        ## 复盘反思

        加上入群验证。
        """;

    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);
    }
}
