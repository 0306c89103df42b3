using System.Text.Json;
using Playbooks.Core.Json;
using Playbooks.Core.Parsing;

namespace Playbooks.Core.Tests.Json;

public sealed class PlaybookDocumentTests
{
    private const string Text = """
        ---
        id: refund-wave
        title: 大促后集中退款
        category: 用户运营
        tags: [退款, 大促]
        severity: High
        owner: 用户运营主管
        updated: 2026-11-01
        ---
        ## 背景
        大促结束后三天内退款申请翻倍。
        ## 风险源头
        预售商品发货慢。
        ## 激化情况
        退款群里有人带节奏。
        ## 处理方法
        1. 客服主管统一回复口径。
        2. 售后加开临时坐席。
        ## 复盘反思
        预售商品写清发货时间。

        """;

    [Fact]
    public void Writes_camel_case_json_with_chinese_as_text()
    {
        var playbook = new PlaybookParser(FixedClock.Today).Parse("playbooks/user/refund-wave.md", Text).Playbook!;

        var json = JsonSerializer.Serialize(PlaybookDocument.From(playbook), JsonDefaults.Compact);

        Assert.StartsWith("""{"id":"refund-wave","title":"大促后集中退款","kind":"playbook","category":"用户运营","tags":["退款","大促"],"severity":"高","owner":"用户运营主管","updated":"2026-11-01","reviewed":null,"source":null,"draft":false,"order":null,"path":"playbooks/user/refund-wave.md","sections":[{"key":"background","name":"背景","heading":"背景","line":10,"markdown":"大促结束后三天内退款申请翻倍。"},""", json);
        // severity is the canonical level; severityLabel keeps what the team wrote.
        Assert.EndsWith("\"handlingSteps\":[\"客服主管统一回复口径。\",\"售后加开临时坐席。\"],\"severityLabel\":\"High\"}", json);
    }

    [Fact]
    public void Includes_the_markdown_only_when_asked()
    {
        var playbook = new PlaybookParser(FixedClock.Today).Parse("refund-wave.md", Text).Playbook!;

        using var with = JsonDocument.Parse(JsonSerializer.Serialize(PlaybookDocument.From(playbook, includeMarkdown: true), JsonDefaults.Options));

        Assert.Equal(Text, with.RootElement.GetProperty("markdown").GetString());
    }
}
