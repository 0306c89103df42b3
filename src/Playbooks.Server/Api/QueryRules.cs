using System.Globalization;
using Playbooks.Application;
using Playbooks.Core;

namespace Playbooks.Server.Api;

/// <summary>Validation shared by the search API and the search page, so both refuse the same inputs with the same words.</summary>
internal static class QueryRules
{
    /// <summary>
    /// Longest description accepted, in UTF-16 units. Real descriptions are a sentence or two; the cap bounds the work
    /// one request can cause (analysis and the number of query terms grow with the text).
    /// </summary>
    public const int MaxQueryLength = 2000;

    /// <summary>Null when <paramref name="q"/> is acceptable, else the reason (Chinese) and its kind.</summary>
    public static (string Detail, ErrorKind Kind)? CheckQuery(string? q)
    {
        if (string.IsNullOrWhiteSpace(q))
            return ("检索内容为空：用参数 q 描述你看到的情况，例如 /api/search?q=群里有人冒充助教发名片拉人", ErrorKind.EmptyQuery);
        if (q.Length > MaxQueryLength)
            return ($"检索内容太长：最多 {MaxQueryLength} 个字符，实际 {q.Length} 个。请只保留对情况的描述", ErrorKind.QueryTooLong);
        return null;
    }

    /// <summary>
    /// Parses <paramref name="limit"/> (default <see cref="ResultLimit.Default"/>) by <see cref="ResultLimit"/>'s rule,
    /// or gives the reason it is refused, naming the parameter.
    /// </summary>
    public static bool TryParseLimit(string? limit, out int value, out string detail)
    {
        detail = "";
        value = ResultLimit.Default;
        if (string.IsNullOrEmpty(limit))
            return true;
        if (int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out value) && ResultLimit.IsValid(value))
            return true;
        detail = $"limit 应为 1 到 {ResultLimit.Max} 之间的整数，实际是“{limit}”";
        return false;
    }
}
