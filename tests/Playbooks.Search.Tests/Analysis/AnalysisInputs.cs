using Playbooks.Search.Analysis;

namespace Playbooks.Search.Tests.Analysis;

/// <summary>Inputs for testing one stage without the stages before it.</summary>
internal static class AnalysisInputs
{
    /// <summary>Text taken as already normalised: every character maps to itself.</summary>
    public static NormalizedText Identity(string text) => new(text, text, Enumerable.Range(0, text.Length).ToArray());

    /// <summary>Tokens written by hand as (term, start, end), in the shape a previous stage would emit them.</summary>
    public static List<Token> Tokens(params (string Term, int Start, int End)[] tokens) =>
        tokens.Select(t => new Token(t.Term, t.Start, t.End)).ToList();
}
