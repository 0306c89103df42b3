using Playbooks.Search.Analysis;

namespace Playbooks.Search.Tests.Support;

/// <summary>
/// The one assertion every analysis-stage test goes through: the exact terms, in order, each with its
/// [start, end) range. A failure prints both sequences whole, as <c>term[start..end)</c>, so the diff shows
/// which term or which offset moved.
/// </summary>
internal static class TokenAssert
{
    public static void Tokens(IEnumerable<Token> actual, params (string Term, int Start, int End)[] expected) =>
        Assert.Equal(Format(expected), Format(actual.Select(t => (t.Term, t.Start, t.End))));

    private static string Format(IEnumerable<(string Term, int Start, int End)> tokens) =>
        string.Join(" ", tokens.Select(t => $"{t.Term}[{t.Start}..{t.End})"));
}
