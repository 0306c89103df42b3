using System.Security.Cryptography;
using System.Text;
using Playbooks.Core.Parsing;

namespace Playbooks.Core.Authoring;

/// <summary>The id rule, and the ids a playbook falls back to when its own is missing, malformed or taken.</summary>
public static class PlaybookId
{
    /// <summary>Lower-case ASCII letters and digits in words joined by single hyphens (<c>bot-flood-2</c>): what lint accepts.</summary>
    public static bool IsValid(string id) => FieldReader.IsValidId(id);

    /// <summary>
    /// An id made from a file name: the name itself when it is a valid id, else its ASCII words (<c>Refund_Wave</c> →
    /// <c>refund-wave</c>), else — a name with nothing ASCII, such as <c>直播卡顿</c> — <c>playbook-</c> and a short hash
    /// of the name, so the id is stable across runs and usable in page addresses.
    /// </summary>
    public static string FromFileName(string fileStem)
    {
        if (IsValid(fileStem))
            return fileStem;
        var slug = IdSlug.FromWords([fileStem]);
        if (slug != IdSlug.Fallback)
            return slug;
        return $"{IdSlug.Fallback}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fileStem)))[..8]}";
    }

    /// <summary>
    /// <paramref name="id"/> when <paramref name="taken"/> says it is free; otherwise the id made from the file name, and
    /// failing that the first free of <c>name-2</c>, <c>name-3</c> …
    /// </summary>
    public static string Unique(string id, string fileStem, Func<string, bool> taken)
    {
        if (!taken(id))
            return id;
        var fromName = FromFileName(fileStem);
        if (!taken(fromName))
            return fromName;
        for (var n = 2; ; n++)
            if (!taken($"{fromName}-{n}"))
                return $"{fromName}-{n}";
    }
}
