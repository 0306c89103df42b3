using Playbooks.Core;
using Playbooks.Search.Evaluation;
using Playbooks.Search.Tests.Support;

namespace Playbooks.Search.Tests.Evaluation;

public sealed class QuerySetTests
{
    private static string Describe(LabelledQuery q) =>
        $"{q.Id}|{q.Text}|{string.Join(",", q.Relevant.Select(r => $"{r.Key}:{r.Value}"))}|line {q.Line}";

    [Fact]
    public void Reads_queries_skipping_the_header_comments_and_blank_lines()
    {
        var text = "qid\tquery\trelevant\n# 说明\nd001\t群里有人刷屏\tbot-flood:2,member-ad-spam:1\n\nd002\t 学员要求退钱 \trefund-request\n";

        var queries = QuerySet.Parse("dev.tsv", text);

        Assert.Equal(["d001|群里有人刷屏|bot-flood:2,member-ad-spam:1|line 3", "d002|学员要求退钱|refund-request:2|line 5"], queries.Select(Describe));
    }

    [Fact]
    public void Reads_windows_line_endings_and_spaces_around_ids()
    {
        var queries = QuerySet.Parse("dev.tsv", "d1\t刷屏\t bot-flood:1 , member-ad-spam \r\nd2\t退钱\trefund-request:3\r\n");

        Assert.Equal(["d1|刷屏|bot-flood:1,member-ad-spam:2|line 1", "d2|退钱|refund-request:3|line 2"], queries.Select(Describe));
    }

    [Theory]
    [InlineData("d1\t刷屏\n", "每行应有三列，用 Tab 分隔：qid、查询、相关预案")]
    [InlineData("d1\t \tbot-flood\n", "第二列的查询是空的，写上值班同学会输入的描述")]
    [InlineData("d1\t\tbot-flood\n", "第二列的查询是空的，写上值班同学会输入的描述")]
    [InlineData(" \t刷屏\tbot-flood\n", "第一列的查询编号（qid）是空的")]
    [InlineData("d1\t刷屏\tbot-flood:2\tmember-ad-spam:1\n", "第三列之后还有内容“member-ad-spam:1”：多个相关预案都写在第三列，用逗号分隔（id:2,id:1）")]
    [InlineData("d1\t刷屏\t , \n", "第三列没有相关预案")]
    [InlineData("d1\t刷屏\tbot-flood:x\n", "相关预案“bot-flood:x”格式不对，应为 id:2（主要答案）或 id:1（也可接受），等级最高为 3")]
    [InlineData("d1\t刷屏\tbot-flood:4\n", "相关预案“bot-flood:4”格式不对，应为 id:2（主要答案）或 id:1（也可接受），等级最高为 3")]
    [InlineData("d0\t刷屏\tbot-flood\n", "查询编号“d0”与第 2 行重复，每条查询的编号要唯一")]
    [InlineData("d1\t刷屏\tbot-flood:1:2\n", "相关预案“bot-flood:1:2”格式不对，应为 id:2（主要答案）或 id:1（也可接受），等级最高为 3")]
    public void Rejects_a_malformed_line_naming_file_and_line(string badLine, string what)
    {
        var text = "qid\tquery\trelevant\nd0\t退钱\trefund-request\n" + badLine;

        var error = Assert.Throws<PlaybooksException>(() => QuerySet.Parse("queries/dev.tsv", text));

        Assert.Equal("malformed-query-set", error.Code);
        Assert.Equal($"查询集第 3 行格式错误：{what}", error.Message);
        Assert.Equal("queries/dev.tsv:3", error.Location);
        Assert.Equal("按 qid<Tab>查询<Tab>id:2,id:1 的格式修改这一行", error.Remedy);
    }

    [Fact]
    public void Accepts_empty_cells_after_the_third_column_as_a_spreadsheet_exports_them()
    {
        var queries = QuerySet.Parse("dev.tsv", "d1\t刷屏\tbot-flood:2\t\t \n");

        Assert.Equal(["d1|刷屏|bot-flood:2|line 1"], queries.Select(Describe));
    }

    [Fact]
    public void Rejects_a_file_without_queries()
    {
        var error = Assert.Throws<PlaybooksException>(() => QuerySet.Parse("dev.tsv", "qid\tquery\trelevant\n# 还没写\n"));

        Assert.Equal("empty-file", error.Code);
        Assert.Equal("查询集中没有任何查询", error.Message);
        Assert.Equal("dev.tsv", error.Location);
    }

    [Fact]
    public void Loading_a_missing_file_says_where_it_looked()
    {
        using var kb = new TempKnowledgeBase();
        var path = Path.Combine(kb.Root, "missing.tsv");

        var error = Assert.Throws<PlaybooksException>(() => QuerySet.Load(path));

        Assert.Equal("missing-file", error.Code);
        Assert.Equal($"找不到查询集文件：{path}", error.Message);
    }

    [Fact]
    public void Loading_a_folder_says_it_is_a_folder_not_that_nothing_is_there()
    {
        using var kb = new TempKnowledgeBase();

        var error = Assert.Throws<PlaybooksException>(() => QuerySet.Load(kb.Root));

        Assert.Equal("not-a-file", error.Code);
        Assert.Equal($"查询集路径是一个目录，不是文件：{kb.Root}", error.Message);
    }

    [Fact]
    public void Loading_a_file_that_is_not_utf8_names_the_line()
    {
        using var kb = new TempKnowledgeBase();
        var path = kb.Write("gbk.tsv", "");
        File.WriteAllBytes(path, [.. "d1\tq\tx\n"u8, 0xCB, 0xA2, 0xC6, 0xC1, (byte)'\n']);

        var error = Assert.Throws<PlaybooksException>(() => QuerySet.Load(path));

        Assert.Equal("not-utf8", error.Code);
        Assert.Equal($"{path}:2", error.Location);
    }
}
