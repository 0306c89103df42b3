namespace Playbooks.Corpus.Composing;

/// <summary>
/// SplitMix64, seeded from (seed, playbook number) alone: any playbook can be composed on its own, in any order and
/// on any thread, with the same result. Written out here rather than using <see cref="Random"/>, whose algorithm
/// .NET does not promise to keep across versions, so a corpus stays the same on every runtime. Not thread-safe:
/// one instance per playbook.
/// </summary>
internal sealed class CorpusRandom
{
    private ulong _state;

    public CorpusRandom(int seed, int number)
    {
        _state = (ulong)(uint)seed << 32 | (uint)number;
    }

    /// <summary>A number in [0, <paramref name="maxExclusive"/>); <paramref name="maxExclusive"/> must be positive.</summary>
    public int Next(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        return (int)(NextUInt64() % (ulong)maxExclusive);
    }

    /// <summary>A number in [<paramref name="min"/>, <paramref name="maxInclusive"/>].</summary>
    public int Between(int min, int maxInclusive) => min + Next(maxInclusive - min + 1);

    /// <summary>A number in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>True with probability <paramref name="probability"/>.</summary>
    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    private ulong NextUInt64()
    {
        var z = unchecked(_state += 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }
}
