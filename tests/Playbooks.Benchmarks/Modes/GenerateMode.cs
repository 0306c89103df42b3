using Playbooks.Benchmarks.Corpora;

namespace Playbooks.Benchmarks.Modes;

/// <summary><c>generate 10k</c>: writes (or finds) a cached synthetic corpus and prints its folder, for use outside the benchmarks.</summary>
internal static class GenerateMode
{
    public static int Run(string size, string[] args)
    {
        _ = new ModeOptions(args);
        var folder = BenchCorpus.Parse(size).Ensure(Console.Error);
        Console.WriteLine(folder);
        return 0;
    }
}
