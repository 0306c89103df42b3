using System.Text;
using Playbooks.Corpus.Composing;
using Playbooks.Corpus.Harvesting;

namespace Playbooks.Corpus;

/// <summary>
/// Deterministic synthetic knowledge bases for benchmarks and large site builds: realistic Chinese incident
/// playbooks recombined from the bundled playbooks (clauses of each section, titles, tags, owners, handling-step
/// roles and deadlines) and the bundled domain lexicon (words swapped within their lexicon group).
/// </summary>
/// <remarks>
/// The same <c>(number, seed)</c> always yields the same text for a given build of this assembly; the vocabulary is
/// embedded at build time, so editing the bundled playbooks changes the output of later builds. Every generated file
/// parses without errors, and without warnings until it becomes outdated (365 days after its <c>updated</c> date,
/// which lies up to 240 days before the newest bundled playbook's). Thread-safe: all members are pure apart from the
/// files <see cref="Generate"/> writes.
/// </remarks>
public static class SyntheticCorpus
{
    public const string IdPrefix = "synthetic-";

    /// <summary>The folder inside a knowledge base that holds its lexicon files (same name the search engine reads).</summary>
    public const string LexiconFolder = "lexicon";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The id of playbook number <paramref name="number"/> (1-based): <c>synthetic-00001</c>, …, <c>synthetic-100000</c>.</summary>
    public static string IdOf(int number) => $"{IdPrefix}{number:D5}";

    /// <summary>Composes playbook number <paramref name="number"/> (1-based) of the corpus for <paramref name="seed"/>, in memory.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is less than 1.</exception>
    public static SyntheticPlaybook Create(int number, int seed = 42)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        return new PlaybookComposer(CorpusVocabulary.Bundled).Compose(number, seed);
    }

    /// <summary>Playbooks 1 to <paramref name="count"/> for <paramref name="seed"/>, composed lazily in number order.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static IEnumerable<SyntheticPlaybook> Compose(int count, int seed = 42)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var composer = new PlaybookComposer(CorpusVocabulary.Bundled);
        return Enumerable.Range(1, count).Select(number => composer.Compose(number, seed));
    }

    /// <summary>
    /// Writes a complete knowledge base into <paramref name="folder"/> (created if missing): <paramref name="count"/>
    /// playbooks spread over the seven incident categories' folders, plus the bundled lexicon in <c>lexicon/</c> so
    /// the search engine analyses them as it does the real ones. Files of the same name are overwritten and other files
    /// are left alone: pass an empty folder for a corpus of exactly <paramref name="count"/> playbooks.
    /// Writes in parallel; about 3 KiB per playbook.
    /// </summary>
    /// <returns>The playbooks' relative paths (forward slashes), in number order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    /// <exception cref="IOException">A file could not be written.</exception>
    public static IReadOnlyList<string> Generate(string folder, int count, int seed = 42)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentOutOfRangeException.ThrowIfNegative(count);

        var composer = new PlaybookComposer(CorpusVocabulary.Bundled);
        var paths = new string[count];
        Directory.CreateDirectory(folder);
        foreach (var categoryFolder in CorpusVocabulary.Bundled.Categories.Select(c => c.Folder).Distinct())
            Directory.CreateDirectory(Path.Combine(folder, categoryFolder));

        Parallel.For(0, count, i =>
        {
            var playbook = composer.Compose(i + 1, seed);
            File.WriteAllText(Path.Combine(folder, playbook.RelativePath), playbook.Text, Utf8NoBom);
            paths[i] = playbook.RelativePath;
        });

        var lexicon = Path.Combine(folder, LexiconFolder);
        Directory.CreateDirectory(lexicon);
        foreach (var (fileName, bytes) in BundledSources.LexiconFiles())
            File.WriteAllBytes(Path.Combine(lexicon, fileName), bytes);
        return paths;
    }
}
