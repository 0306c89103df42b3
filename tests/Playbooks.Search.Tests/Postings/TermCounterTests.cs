using Playbooks.Search.Postings;

namespace Playbooks.Search.Tests.Postings;

public sealed class TermCounterTests
{
    [Fact]
    public void Counts_a_playbooks_terms_per_field_in_the_order_first_seen_as_DocumentTokens_does()
    {
        var ids = new TermIds();
        var counter = new TermCounter(ids);
        var tokens = new DocumentTokens();
        foreach (var (term, field) in new[] { ("退款", 0), ("投诉", 3), ("退款", 3), ("退款", 0), ("客服", 7) })
        {
            counter.Add(term, field);
            tokens.Add(term, field);
        }

        var counted = counter.Take();

        Assert.Equal(Format(IndexedTerms.Of(tokens, ids), ids), Format(counted, ids));
        Assert.Equal("5: 退款[2,0,0,1,0,0,0,0] 投诉[0,0,0,1,0,0,0,0] 客服[0,0,0,0,0,0,0,1]", Format(counted, ids));
    }

    [Fact]
    public void Starts_the_next_playbook_empty_even_after_an_analysis_that_failed_half_way()
    {
        var ids = new TermIds();
        var counter = new TermCounter(ids);
        counter.Add("退款", 0);
        counter.Take();
        counter.Add("投诉", 1); // a playbook whose analysis threw here
        counter.Clear();

        counter.Add("退款", 2);

        Assert.Equal("1: 退款[0,0,1,0,0,0,0,0]", Format(counter.Take(), ids));
    }

    [Fact]
    public void A_term_repeated_past_the_largest_count_saturates_in_its_field()
    {
        var counter = new TermCounter(new TermIds());
        for (var i = 0; i < ushort.MaxValue + 10; i++)
            counter.Add("刷屏", 4);

        var counted = counter.Take();

        Assert.Equal(ushort.MaxValue, counted.Counts[0][4]);
        Assert.Equal(ushort.MaxValue + 10, counted.Length);
    }

    private static string Format(IndexedTerms terms, TermIds ids) =>
        $"{terms.Length}: " + string.Join(" ", terms.Ids.ToArray().Select((id, i) =>
            $"{ids.Term(id)}[{string.Join(",", Enumerable.Range(0, FieldCounts.FieldCount).Select(f => terms.Counts[i][f]))}]"));
}
