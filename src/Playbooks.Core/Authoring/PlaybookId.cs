using System.Security.Cryptography;
using System.Text;
using Playbooks.Core.Parsing;

namespace Playbooks.Core.Authoring;

/// <summary>The id rule, and the ids a playbook falls back to when its own is missing, malformed or taken.</summary>
public static partial class PlaybookId
{
    /// <summary>
    /// Longest id a user may give. A file name may have 255 bytes, but the draft is first written as
    /// <c>.&lt;id&gt;.md.&lt;32 hex&gt;.tmp</c>; 64 leaves room for that and for every file system a team syncs to.
    /// </summary>
    public const int MaxLength = 64;

    // Device names Windows reserves whatever the extension: "con.md" cannot be opened or checked out there.
    private static readonly HashSet<string> WindowsReserved = new(
        ["con", "prn", "aux", "nul", .. Enumerable.Range(1, 9).SelectMany(n => new[] { $"com{n}", $"lpt{n}" })],
        StringComparer.Ordinal);

    /// <summary>Lower-case ASCII letters and digits in words joined by single hyphens (<c>bot-flood-2</c>): what lint accepts.</summary>
    public static bool IsValid(string id) => FieldReader.IsValidId(id);

    /// <summary>True for CON, NUL, COM1… (lower-case, as ids are).</summary>
    public static bool IsReserved(string id) => WindowsReserved.Contains(id);

    /// <summary>What is wrong with <paramref name="id"/> as a new file name, in Chinese; null when it is fine.</summary>
    public static string? Problem(string id) =>
        id.Length > MaxLength ? $"id 太长（{id.Length} 个字符，最多 {MaxLength} 个）：它也是文件名，写几个关键词即可，例如 bot-flood"
        : !IsValid(id) ? "只用小写英文字母、数字和单个短横线，例如 bot-flood"
        : IsReserved(id) ? $"“{id}”是 Windows 的保留设备名，这样命名的文件在 Windows 上无法打开；换一个，例如 {id}-incident"
        : null;

    /// <summary>
    /// The id a fix suggests for what an author wrote (<c>Refund_Wave</c> → <c>refund-wave</c>): its letters and digits
    /// in kebab case, else the file name, else an id made from the file name. Always passes <see cref="Problem"/>, so a
    /// suggestion followed to the letter never draws a second warning.
    /// </summary>
    public static string Suggest(string written, string fileStem)
    {
        var kebab = NotIdCharacters().Replace(written.ToLowerInvariant(), "-").Trim('-');
        foreach (var candidate in new[] { kebab, fileStem, FromFileName(fileStem) })
            if (Problem(candidate) is null)
                return candidate;
        return IdSlug.FromWords([written, fileStem]); // at most 32 characters, never reserved: always valid
    }

    [System.Text.RegularExpressions.GeneratedRegex("[^a-z0-9]+")]
    private static partial System.Text.RegularExpressions.Regex NotIdCharacters();

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
