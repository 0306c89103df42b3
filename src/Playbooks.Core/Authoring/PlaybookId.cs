using Playbooks.Core.Parsing;

namespace Playbooks.Core.Authoring;

/// <summary>The id rule, for front ends that accept an id from the user.</summary>
public static class PlaybookId
{
    /// <summary>Lower-case ASCII letters and digits in words joined by single hyphens (<c>bot-flood-2</c>): what lint accepts.</summary>
    public static bool IsValid(string id) => FieldReader.IsValidId(id);
}
