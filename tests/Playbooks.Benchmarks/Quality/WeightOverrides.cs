using System.Globalization;
using System.Reflection;
using Playbooks.Search.Ranking;

namespace Playbooks.Benchmarks.Quality;

/// <summary>
/// Experiments on ranking constants without a rebuild: <c>PLAYBOOKS_QUALITY_WEIGHTS="WordShare=0.5;Words=1,1,1,1,1,1,1,1"</c>
/// overrides the named <see cref="RankingWeights"/> properties for <c>quality</c>'s own engine. A measuring aid only:
/// the shipped weights are the defaults, and only they are reported in the README.
/// </summary>
internal static class WeightOverrides
{
    public const string Variable = "PLAYBOOKS_QUALITY_WEIGHTS";

    public static RankingWeights FromEnvironment()
    {
        var weights = RankingWeights.Default with { };
        if (Environment.GetEnvironmentVariable(Variable) is not { Length: > 0 } spec)
            return weights;
        foreach (var assignment in spec.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (name, value) = (assignment[..assignment.IndexOf('=')], assignment[(assignment.IndexOf('=') + 1)..]);
            var property = typeof(RankingWeights).GetProperty(name, BindingFlags.Public | BindingFlags.Instance)
                ?? throw new ArgumentException($"{Variable}: no ranking weight named '{name}'");
            object parsed = property.PropertyType == typeof(double) ? double.Parse(value, CultureInfo.InvariantCulture)
                : property.PropertyType == typeof(int) ? int.Parse(value, CultureInfo.InvariantCulture)
                : value.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToList();
            property.SetValue(weights, parsed);
        }
        return weights;
    }
}
