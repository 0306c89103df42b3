using System.Collections.Concurrent;
using Playbooks.Search.Indexing;

namespace Playbooks.Search.Tests.Indexing;

/// <summary>
/// A big build writes playbooks in batches analysed just ahead of the writer: every playbook is written once, in file
/// order, already analysed, and no more than the next batch is analysed before the writer reaches it (that bound is
/// what keeps a 100 000-playbook build's memory flat).
/// </summary>
public sealed class WriteBatchesTests
{
    [Fact]
    public void Yields_every_item_once_in_order_each_prepared_before_it_is_handed_out()
    {
        var items = Enumerable.Range(0, 23).ToList();
        var prepared = new ConcurrentDictionary<int, bool>();

        var seen = new List<int>();
        foreach (var batch in WriteBatches.Prepared(items, i => prepared[i] = true, size: 5))
        {
            Assert.All(batch, i => Assert.True(prepared.ContainsKey(i), $"item {i} was handed out unprepared"));
            seen.AddRange(batch);
        }

        Assert.Equal(items, seen);
        Assert.Equal([5, 5, 5, 5, 3], WriteBatches.Prepared(items, _ => { }, size: 5).Select(b => b.Count));
    }

    [Fact]
    public void Prepares_at_most_one_batch_ahead_of_the_writer()
    {
        var items = Enumerable.Range(0, 40).ToList();
        var prepared = new ConcurrentDictionary<int, bool>();

        var written = 0;
        foreach (var batch in WriteBatches.Prepared(items, i => prepared[i] = true, size: 4))
        {
            Thread.Sleep(5); // a slow writer: the next batch has time to be prepared, and no more may be
            written += batch.Count;
            Assert.InRange(prepared.Count, written, written + 4);
        }

        Assert.Equal(40, prepared.Count);
    }

    [Fact]
    public void A_failure_while_preparing_reaches_the_writer()
    {
        var items = Enumerable.Range(0, 10).ToList();

        var error = Record.Exception(() =>
        {
            foreach (var _ in WriteBatches.Prepared(items, i => { if (i == 7) throw new InvalidOperationException("bad file"); }, size: 3)) { }
        });

        Assert.Contains("bad file", error?.ToString());
    }

    [Fact]
    public void A_writer_that_stops_early_waits_for_the_batch_being_prepared()
    {
        var items = Enumerable.Range(0, 8).ToList();
        var finished = new ConcurrentDictionary<int, bool>();

        foreach (var batch in WriteBatches.Prepared(items, i => { if (i >= 4) Thread.Sleep(50); finished[i] = true; }, size: 4))
            break; // as when writing the first batch throws

        Assert.Equal(items, finished.Keys.Order());
    }

    [Fact]
    public void Nothing_to_write_yields_no_batch() =>
        Assert.Empty(WriteBatches.Prepared(Array.Empty<int>(), _ => throw new InvalidOperationException(), size: 3));
}
