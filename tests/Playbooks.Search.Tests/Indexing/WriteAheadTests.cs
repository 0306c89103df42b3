using System.Collections.Concurrent;
using Playbooks.Search.Indexing;

namespace Playbooks.Search.Tests.Indexing;

/// <summary>
/// A big build writes playbooks analysed just ahead of the writer: every playbook is written once, in file order,
/// already analysed, and no more than a window of them is analysed before the writer reaches it (that bound is what
/// keeps a 100 000-playbook build's memory flat).
/// </summary>
public sealed class WriteAheadTests
{
    [Fact]
    public void Yields_every_item_once_in_order_each_prepared_before_it_is_handed_out()
    {
        var items = Enumerable.Range(0, 500).ToList();
        var prepared = new ConcurrentDictionary<int, bool>();

        var seen = new List<int>();
        foreach (var item in WriteAhead.Prepared(items, i => { Thread.SpinWait(i % 7 * 1000); prepared[i] = true; }, window: 5))
        {
            Assert.True(prepared.ContainsKey(item), $"item {item} was handed out unprepared");
            seen.Add(item);
        }

        Assert.Equal(items, seen);
    }

    [Fact]
    public void Prepares_at_most_a_window_ahead_of_the_writer()
    {
        var items = Enumerable.Range(0, 40).ToList();
        var prepared = new ConcurrentDictionary<int, bool>();

        var written = 0;
        foreach (var _ in WriteAhead.Prepared(items, i => prepared[i] = true, window: 4))
        {
            Thread.Sleep(2); // a slow writer: the items after this one have time to be prepared, and no more than the window
            Assert.InRange(prepared.Count, written + 1, written + 4);
            written++;
        }

        Assert.Equal(40, prepared.Count);
    }

    [Fact]
    public void A_failure_while_preparing_reaches_the_writer_as_thrown()
    {
        var items = Enumerable.Range(0, 10).ToList();

        var error = Record.Exception(() =>
        {
            foreach (var _ in WriteAhead.Prepared(items, i => { if (i == 7) throw new InvalidOperationException("bad file"); }, window: 3)) { }
        });

        Assert.IsType<InvalidOperationException>(error);
        Assert.Equal("bad file", error.Message);
    }

    [Fact]
    public void A_writer_that_stops_early_waits_for_the_items_being_prepared()
    {
        var items = Enumerable.Range(0, 8).ToList();
        var started = new ConcurrentDictionary<int, bool>();
        var finished = new ConcurrentDictionary<int, bool>();

        foreach (var _ in WriteAhead.Prepared(items, i => { started[i] = true; if (i >= 1) Thread.Sleep(50); finished[i] = true; }, window: 4))
            break; // as when writing the first playbook throws

        Assert.Equal(started.Keys.Order(), finished.Keys.Order());
    }

    [Fact]
    public void One_item_is_prepared_on_the_writers_thread()
    {
        var writer = Environment.CurrentManagedThreadId;
        var preparedOn = 0;

        Assert.Equal([42], WriteAhead.Prepared([42], _ => preparedOn = Environment.CurrentManagedThreadId));
        Assert.Equal(writer, preparedOn);
    }

    [Fact]
    public void Nothing_to_write_yields_nothing() =>
        Assert.Empty(WriteAhead.Prepared(Array.Empty<int>(), _ => throw new InvalidOperationException(), window: 3));
}
