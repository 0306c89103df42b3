using Playbooks.Core.Diagnostics;
using Playbooks.Core.KnowledgeBase;
using Playbooks.Core.Parsing;

namespace Playbooks.Corpus.Tests;

public sealed class SyntheticCorpusTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"corpus-tests-{Guid.NewGuid():N}");

    [Fact]
    public void Same_seed_writes_identical_files_and_another_seed_does_not()
    {
        var first = Path.Combine(_root, "first");
        var second = Path.Combine(_root, "second");
        var other = Path.Combine(_root, "other");

        var paths = SyntheticCorpus.Generate(first, 50, seed: 7);
        SyntheticCorpus.Generate(second, 50, seed: 7);
        SyntheticCorpus.Generate(other, 50, seed: 8);

        Assert.All(paths, path => Assert.Equal(File.ReadAllText(Path.Combine(first, path)), File.ReadAllText(Path.Combine(second, path))));
        Assert.Equal(SyntheticCorpus.Create(13, seed: 7), SyntheticCorpus.Compose(13, seed: 7).Last());
        Assert.NotEqual(Texts(first), Texts(other));
    }

    [Fact]
    public void Writes_exactly_count_playbooks_spread_over_the_seven_categories()
    {
        var paths = SyntheticCorpus.Generate(_root, 300);

        var files = PlaybookFiles.Enumerate(_root);
        Assert.Equal(300, files.Count);
        Assert.Equal(paths.Order(StringComparer.Ordinal), files.Select(f => PlaybookFiles.Relative(_root, f)));
        Assert.Equal("synthetic-00001", Path.GetFileNameWithoutExtension(paths[0]));
        Assert.Equal("synthetic-00300", Path.GetFileNameWithoutExtension(paths[^1]));
        Assert.Equal(7, paths.Select(p => p.Split('/')[0]).Distinct().Count());
        Assert.True(File.Exists(Path.Combine(_root, "lexicon", "words.txt")));
    }

    [Fact]
    public void Every_playbook_parses_without_findings()
    {
        SyntheticCorpus.Generate(_root, 300, seed: 3);
        // On the day of the newest real playbook no generated date is in the future or outdated.
        var loader = new KnowledgeBaseLoader(new PlaybookParser(new FixedClock(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero))));

        var loaded = loader.Load(_root);

        // Well-formed is what the benchmarks need; the SOP quality rules judge real writing, and a corpus composed of
        // random clauses (a step's role from one playbook, its text from another) is not meant to pass them.
        Assert.Empty(loaded.Findings.Where(f => !FindingCodes.SopRules.Contains(f.Code)).Select(f => f.ToString()));
        Assert.Equal(300, loaded.Valid.Count);
        Assert.All(loaded.Valid, playbook =>
        {
            Assert.Equal(5, playbook.Sections.Count);
            Assert.InRange(playbook.HandlingSteps.Count, 2, 12);
            Assert.NotEmpty(playbook.Tags);
            Assert.NotNull(playbook.Severity);
        });
    }

    private static List<string> Texts(string folder) =>
        PlaybookFiles.Enumerate(folder).Select(File.ReadAllText).ToList();

    public void Dispose()
    {
        if (Directory.Exists(_root))
            Directory.Delete(_root, recursive: true);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
