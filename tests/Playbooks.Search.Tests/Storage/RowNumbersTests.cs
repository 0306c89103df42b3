using Playbooks.Search.Storage;

namespace Playbooks.Search.Tests.Storage;

/// <summary>
/// Postings name playbooks by row id; ranking numbers the live ones 0…n−1 in row id order. A deleted playbook's row id
/// must never pass for a live one, however the row ids are spread (a fresh build, or years of edits).
/// </summary>
public sealed class RowNumbersTests
{
    [Theory]
    [InlineData(1, 3)]          // a fresh build: row ids 1…n with a few gaps
    [InlineData(7, 5_000_000)]  // row ids spread far beyond the number of playbooks
    public void Numbers_live_rows_in_order_and_refuses_every_other_row_id(int seed, int maxGap)
    {
        var random = new Random(seed);
        var live = new List<long>();
        var rowId = random.Next(1, 100);
        for (var i = 0; i < 2_000; i++)
            live.Add(rowId += random.Next(1, maxGap + 1));
        var liveSet = live.ToHashSet();

        var numbers = new RowNumbers(live);

        for (var i = 0; i < live.Count; i++)
            Assert.Equal(i, numbers[live[i]]);
        foreach (var probe in new long[] { 0, -1, live[0] - 1, live[^1] + 1, long.MaxValue, long.MinValue }
                     .Concat(Enumerable.Range(0, 5_000).Select(_ => random.NextInt64(live[0], live[^1]))))
            Assert.Equal(liveSet.Contains(probe), numbers.TryGet(probe, out _));
    }

    [Fact]
    public void An_index_without_playbooks_has_no_live_rows()
    {
        Assert.False(new RowNumbers([]).TryGet(1, out _));
    }
}
