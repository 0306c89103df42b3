namespace Playbooks.Search.Indexing;

/// <summary>
/// Feeds the index writer in fixed-size batches, each item made ready (analysed) in parallel just before its batch is
/// written, so a full build holds the analyses of two batches at most instead of every playbook's until the commit
/// (a 100 000-playbook build reached 18 GB that way). The next batch is made ready on other threads while the caller
/// writes this one, so the single writing thread and the analysing threads overlap.
/// </summary>
internal static class WriteBatches
{
    /// <summary>
    /// Playbooks per batch: large enough that the hand-over between batches costs nothing measurable, small enough that two
    /// batches of analyses (a few hundred kilobytes a playbook) stay in the tens of megabytes.
    /// </summary>
    public const int Size = 256;

    /// <summary>
    /// <paramref name="items"/> in order, in batches of <paramref name="size"/>, each item passed to
    /// <paramref name="prepare"/> (on any thread) before its batch is yielded.
    /// </summary>
    public static IEnumerable<IReadOnlyList<T>> Prepared<T>(IReadOnlyList<T> items, Action<T> prepare, int size = Size)
    {
        if (items.Count == 0)
            yield break;
        var batch = Prepare(items, 0, size, prepare);
        Task<T[]>? next = null;
        try
        {
            for (var start = 0; ; start += size)
            {
                var nextStart = start + size;
                next = nextStart < items.Count ? Task.Run(() => Prepare(items, nextStart, size, prepare)) : null;
                yield return batch;
                if (next is null)
                    yield break;
                batch = next.GetAwaiter().GetResult(); // rethrows what prepare threw, as the caller's own loop would
                next = null;
            }
        }
        finally
        {
            // The writer stopped early (it threw): the batch in flight finishes before the caller goes on, so nothing it
            // uses (the analyzer and its ICU iterators) is disposed under it. WaitAny does not rethrow its failure.
            if (next is { IsCompleted: false })
                Task.WaitAny(next);
        }
    }

    private static T[] Prepare<T>(IReadOnlyList<T> items, int start, int size, Action<T> prepare)
    {
        var batch = new T[Math.Min(size, items.Count - start)];
        for (var i = 0; i < batch.Length; i++)
            batch[i] = items[start + i];
        if (batch.Length == 1)
            prepare(batch[0]); // an ordinary refresh (one saved file) starts no parallel query
        else
            batch.AsParallel().ForAll(prepare);
        return batch;
    }
}
