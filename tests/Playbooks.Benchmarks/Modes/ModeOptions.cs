using System.Globalization;

namespace Playbooks.Benchmarks.Modes;

/// <summary>The few <c>--name value</c> options of the non-BenchmarkDotNet modes; repeated names keep every value.</summary>
internal sealed class ModeOptions
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    public ModeOptions(IEnumerable<string> args, params string[] flags)
    {
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var name = list[i];
            if (!name.StartsWith("--", StringComparison.Ordinal))
                throw new UsageException($"Unexpected argument '{name}'.");
            if (flags.Contains(name))
            {
                _flags.Add(name);
                continue;
            }
            if (i + 1 >= list.Count)
                throw new UsageException($"{name} needs a value.");
            if (!_values.TryGetValue(name, out var values))
                _values[name] = values = [];
            values.Add(list[++i]);
        }
    }

    /// <summary>The command line of a mode is wrong: Program prints the message and the mode's usage, no stack trace.</summary>
    public sealed class UsageException(string message) : ArgumentException(message);

    public bool Flag(string name) => _flags.Contains(name);

    public IReadOnlyList<string> All(string name) => _values.TryGetValue(name, out var v) ? v : [];

    public string? Value(string name) => All(name) is [.., var last] ? last : null;

    public int Int(string name, int fallback) =>
        Value(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    public double Double(string name, double fallback) =>
        Value(name) is { } text ? double.Parse(text, CultureInfo.InvariantCulture) : fallback;

    /// <summary>Comma-separated list, or <paramref name="fallback"/> when the option is absent.</summary>
    public IReadOnlyList<string> List(string name, IReadOnlyList<string> fallback) =>
        Value(name) is { } text ? text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : fallback;
}
