namespace Playbooks.Benchmarks;

/// <summary>Order statistics of a sample, by linear interpolation between the closest ranks.</summary>
internal sealed class Percentiles
{
    private readonly double[] _sorted;

    public Percentiles(IEnumerable<double> sample)
    {
        _sorted = sample.Order().ToArray();
        if (_sorted.Length == 0)
            throw new ArgumentException("Empty sample.", nameof(sample));
    }

    public int Count => _sorted.Length;
    public double Min => _sorted[0];
    public double Max => _sorted[^1];
    public double Mean => _sorted.Average();

    /// <summary>The <paramref name="p"/>-th percentile, <paramref name="p"/> in [0, 100].</summary>
    public double this[double p]
    {
        get
        {
            var rank = p / 100 * (_sorted.Length - 1);
            var low = (int)Math.Floor(rank);
            var high = Math.Min(low + 1, _sorted.Length - 1);
            return _sorted[low] + (rank - low) * (_sorted[high] - _sorted[low]);
        }
    }
}
