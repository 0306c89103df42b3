using Playbooks.Search.Postings;
using Playbooks.Search.Storage;

namespace Playbooks.Search.Tests.Storage;

public sealed class PendingPostingsTests
{
    [Fact]
    public void Each_terms_list_reads_back_as_the_codec_encodes_it_however_the_terms_interleave()
    {
        var pending = new PendingPostings();
        var expected = new Dictionary<int, List<(long, FieldCounts)>>();
        var random = new Random(7);
        // Terms of very different frequencies, so lists span one slice, several, and slices of the largest size; and
        // numbers far apart, as a large build's are (their states are kept in pages).
        (int Term, int OneIn)[] terms = [(0, 1), (3, 4), (1000, 1001), (2048, 3), (70_001, 40)];
        for (long rowId = 1; rowId <= 20_000; rowId++)
            foreach (var (term, _) in terms.Where(t => random.Next(t.OneIn) == 0))
            {
                var counts = new FieldCounts();
                counts[random.Next(FieldCounts.FieldCount)] = (ushort)random.Next(1, 300);
                pending.Add(term, rowId * 3, counts);
                (expected.TryGetValue(term, out var list) ? list : expected[term] = []).Add((rowId * 3, counts));
            }

        Assert.Equal(expected.Keys.Order(), pending.Terms.Order());
        foreach (var (term, postings) in expected)
            Assert.Equal(PostingCodec.Encode(postings), Read(pending, term));
    }

    [Fact]
    public void After_clearing_nothing_is_pending_and_new_lists_start_afresh()
    {
        var pending = new PendingPostings();
        var counts = new FieldCounts();
        counts[2] = 5;
        for (var rowId = 1; rowId <= 5_000; rowId++)
            pending.Add(rowId % 7, rowId, counts);

        pending.Clear();
        pending.Add(4, 9_000, counts);

        Assert.Equal([4], pending.Terms);
        Assert.Equal(0, pending.Length(3));
        Assert.Equal(0, pending.Length(100_000)); // never added
        Assert.Equal(PostingCodec.Encode([(9_000, counts)]), Read(pending, 4));
    }

    private static byte[] Read(PendingPostings pending, int term)
    {
        var bytes = new byte[pending.Length(term)];
        pending.CopyTo(term, bytes);
        return bytes;
    }
}
