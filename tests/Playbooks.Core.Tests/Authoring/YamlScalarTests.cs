using Playbooks.Core.Authoring;
using YamlDotNet.RepresentationModel;

namespace Playbooks.Core.Tests.Authoring;

public sealed class YamlScalarTests
{
    [Theory]
    [InlineData("直播突然黑屏")]
    [InlineData("案例：直播翻车")]
    [InlineData("它说：'好'")]
    public void Writes_plain_text_that_YAML_reads_back_unchanged(string value) => Assert.Equal(value, YamlScalar.Write(value));

    [Theory]
    [InlineData("案例: 直播翻车")]
    [InlineData("【紧急】群里有人发 #违规 链接")]
    [InlineData("\"退钱\"刷屏")]
    [InlineData("- 开头是短横线")]
    [InlineData("[炸群]")]
    [InlineData("a,b")]
    [InlineData(" 前后有空格 ")]
    [InlineData("true")]
    [InlineData("618")]
    [InlineData("null")]
    public void Quotes_what_YAML_would_misread_after_a_key_and_in_a_list(string value)
    {
        var written = YamlScalar.Write(value);

        Assert.NotEqual(value, written);
        Assert.Equal(value, Read($"key: {written}")["key"].ToString());
        Assert.Equal([value, "next"], ((YamlSequenceNode)Read($"list: [{written}, next]")["list"]).Select(n => n.ToString()));
    }

    [Fact]
    public void Keeps_a_line_break_on_one_line()
    {
        var written = YamlScalar.Write("第一行\n第二行");

        Assert.DoesNotContain('\n', written);
        Assert.Equal("第一行\n第二行", Read($"key: {written}")["key"].ToString());
    }

    private static YamlMappingNode Read(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }
}
