using Playbooks.Core;

namespace Playbooks.Application;

/// <summary>
/// How many results <c>search</c> and <c>similar</c> may return: one rule for the CLI's <c>--limit</c>, the API's
/// <c>limit</c> and every other caller. Each front end words its own refusal (naming its own option or parameter).
/// </summary>
public static class ResultLimit
{
    /// <summary>Results shown when nobody asks for a number: the first screen of a terminal.</summary>
    public const int Default = 5;

    /// <summary>
    /// Most results one request may ask for. Beyond a hundred nobody reads on, and each result costs a snippet; the
    /// cap bounds the work one request can cause.
    /// </summary>
    public const int Max = 100;

    public static bool IsValid(int limit) => limit is >= 1 and <= Max;

    /// <summary>Returns <paramref name="limit"/> when it is allowed.</summary>
    /// <exception cref="PlaybooksException">Not between 1 and <see cref="Max"/> (code <c>bad-limit</c>).</exception>
    public static int Check(int limit) =>
        IsValid(limit)
            ? limit
            : throw new PlaybooksException($"结果条数应在 1 到 {Max} 之间，实际是 {limit}", $"改成 1 到 {Max} 之间的整数，例如 10", null, ErrorKind.BadLimit);
}
