using System.Globalization;
using System.Text.RegularExpressions;

namespace Playbooks.Core.Json;

/// <summary>
/// Splits <see cref="PlaybooksException.Location"/> (written for people: <c>path</c>, <c>path:12</c> or <c>--limit</c>)
/// into the JSON fields, so the throwing sites keep one location string that the human view prints as is.
/// </summary>
internal static partial class ErrorLocation
{
    public static (string? File, int? Line, string? Option) Split(string? location)
    {
        if (string.IsNullOrEmpty(location))
            return (null, null, null);
        if (location.StartsWith("--", StringComparison.Ordinal))
            return (null, null, location);
        var match = PathAndLine().Match(location);
        return match.Success && int.TryParse(match.Groups["line"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var line)
            ? (match.Groups["path"].Value, line, null)
            : (location, null, null);
    }

    [GeneratedRegex(@"^(?<path>.+):(?<line>[1-9][0-9]{0,8})$", RegexOptions.CultureInvariant)]
    private static partial Regex PathAndLine();
}
