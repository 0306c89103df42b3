namespace Playbooks.Site.Searching;

/// <summary>
/// Which term shard holds a token: a stable hash of its shard key, modulo the shard count. <c>assets/search.js</c>
/// computes the same hash (<c>shardOf</c>), so the browser fetches only the shards of a query's terms.
/// </summary>
internal static class TermShards
{
    /// <summary>
    /// Encoded postings per shard the shard count aims at. A query touches a few dozen shards; at 16 KiB of text
    /// (about 5 KiB gzipped) each, the terms it does not ask for cost little beside the lists it needs.
    /// </summary>
    public const int TargetShardChars = 16 * 1024;

    public const int MaxShards = 4096;

    /// <summary>The smallest power of two that keeps the average shard at or under <see cref="TargetShardChars"/>.</summary>
    public static int CountFor(long encodedChars)
    {
        var count = 1;
        while (count < MaxShards && encodedChars / count > TargetShardChars)
            count *= 2;
        return count;
    }

    /// <summary>
    /// FNV-1a (32 bits) over the key's UTF-16 code units: tiny, identical in C# and JavaScript (<c>Math.imul</c>), and
    /// it spreads short Chinese keys evenly. Not a security boundary.
    /// </summary>
    public static int Of(string key, int count)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash ^= c;
            hash = unchecked(hash * 16777619u);
        }
        return (int)(hash % (uint)count);
    }
}
