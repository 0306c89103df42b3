using Playbooks.Search.Lexicons;

namespace Playbooks.Search.Tests.Support;

/// <summary>Small in-memory lexicons, so a stage test names exactly the entries it depends on.</summary>
internal static class TestLexicons
{
    /// <summary>A lexicon of words only (already normalised: Simplified, lower-case).</summary>
    public static Lexicon Words(params string[] words) => Build(words, [], []);

    /// <summary>Words, synonym groups (canonical first) and stop words.</summary>
    public static Lexicon Build(string[] words, string[][] synonymGroups, string[] stopWords) =>
        new(new HashSet<string>(words, StringComparer.Ordinal),
            synonymGroups.Select(g => (IReadOnlyList<string>)g).ToList(),
            new HashSet<string>(stopWords, StringComparer.Ordinal),
            fingerprint: "test");
}
