using System.Text.Json;
using Playbooks.Core.Json;

namespace Playbooks.Core.Tests.Json;

public sealed class ErrorDocumentTests
{
    [Theory]
    [InlineData("playbooks/community/bot-flood.md", "playbooks/community/bot-flood.md", null, null)]
    [InlineData("queries/dev.tsv:12", "queries/dev.tsv", 12, null)]
    [InlineData("C:/kb/a.md:3", "C:/kb/a.md", 3, null)]
    [InlineData("--limit", null, null, "--limit")]
    [InlineData("时间:0", "时间:0", null, null)]
    [InlineData(null, null, null, null)]
    public void Splits_the_location_into_file_line_and_option(string? location, string? file, int? line, string? option)
    {
        var body = ErrorDocument.From(new PlaybooksException("出错了", "这样改", location, ErrorKind.BadValue)).Error;

        Assert.Equal((file, line, option), (body.File, body.Line, body.Option));
    }

    [Fact]
    public void Serializes_as_one_error_object_with_every_field()
    {
        var error = new PlaybooksException("查询集第 2 行格式错误：缺少列", "按格式修改这一行", "dev.tsv:2", ErrorKind.MalformedQuerySet);

        var json = JsonSerializer.Serialize(ErrorDocument.From(error), JsonDefaults.Compact);

        Assert.Equal("""{"error":{"code":"malformed-query-set","message":"查询集第 2 行格式错误：缺少列","hint":"按格式修改这一行","file":"dev.tsv","line":2,"option":null}}""", json);
    }
}
