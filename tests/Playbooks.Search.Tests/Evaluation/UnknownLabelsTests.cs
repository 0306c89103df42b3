using Playbooks.Search.Evaluation;

namespace Playbooks.Search.Tests.Evaluation;

public sealed class UnknownLabelsTests
{
    [Fact]
    public void Names_each_relevant_id_no_playbook_has_with_its_line_and_the_closest_ids()
    {
        var queries = QuerySet.Parse("dev.tsv", "qid\tquery\trelevant\nd1\t群里刷屏\tbot-flod:2,refund-wave:1\nd2\t退钱\trefund-wave\nd3\t直播黑屏\tlive-outage\n");

        var unknown = UnknownLabels.Find(queries, ["bot-flood", "refund-wave", "price-error"]);

        Assert.Equal(
            ["2 d1 bot-flod → bot-flood", "4 d3 live-outage → "],
            unknown.Select(u => $"{u.Line} {u.QueryId} {u.Id} → {string.Join(",", u.Closest)}"));
    }
}
