using System.Text.RegularExpressions;

namespace Playbooks.Server.Api;

/// <summary>
/// Ids in URLs are kebab-case (<c>bot-flood</c>) and looked up in the loaded catalog, never joined to a path, so no
/// request can name a file outside the knowledge base; checking the form first also keeps odd input out of messages.
/// </summary>
internal static partial class PlaybookIds
{
    public const int MaxLength = 100;

    public static bool IsValid(string? id) => id is { Length: > 0 and <= MaxLength } && KebabCase().IsMatch(id);

    public const string Rule = "id 只能由小写字母、数字和短横线组成，例如 bot-flood";

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KebabCase();
}
