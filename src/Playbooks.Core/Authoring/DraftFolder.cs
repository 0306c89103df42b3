using Playbooks.Core.KnowledgeBase;

namespace Playbooks.Core.Authoring;

/// <summary>Checks where inside the knowledge base a new file may go: a relative sub-folder, never outside.</summary>
public static class DraftFolder
{
    /// <summary>
    /// The sub-folder as a clean relative path ('/'-separated, "" for the knowledge base itself).
    /// </summary>
    /// <param name="folder">What the user asked for, e.g. <c>community</c> or <c>community/live/</c>.</param>
    /// <param name="location">What to name in an error (the option, e.g. <c>--dir</c>).</param>
    /// <exception cref="PlaybooksException">
    /// Absolute, with <c>..</c>, or a hidden folder (starting with '.') that nothing ever reads (code <c>usage</c>).
    /// </exception>
    public static string Validate(string? folder, string location)
    {
        if (string.IsNullOrWhiteSpace(folder))
            return "";
        var trimmed = folder.Trim();
        if (Path.IsPathRooted(trimmed) || trimmed.StartsWith('~') || trimmed.StartsWith('\\') || (trimmed.Length > 1 && trimmed[1] == ':'))
            throw Outside(trimmed, location, "不能是绝对路径");
        var segments = trimmed.Split('/', '\\').Where(s => s.Length > 0 && s != ".").ToList();
        if (segments.Any(s => s == ".."))
            throw Outside(trimmed, location, "不能含 ..");
        if (segments.Any(s => s.Contains('\0')))
            throw Outside(trimmed, location, "含有无效字符");
        if (segments.FirstOrDefault(s => s.StartsWith('.')) is { } hidden)
            throw new PlaybooksException($"子目录“{trimmed}”以 . 开头（{hidden}），这样的目录不会被检查也不会被检索",
                "换一个不以 . 开头的子目录，例如 community", location, ErrorKind.BadValue);
        return string.Join('/', segments);
    }

    /// <summary>True for folders the loader skips (a segment starting with '_' such as <c>_drafts</c>): files there are not searchable.</summary>
    public static bool IsIgnored(string relativeFolder) =>
        relativeFolder.Split('/').Any(s => s.Length > 0 && PlaybookFiles.IsIgnoredFolderName(s));

    private static PlaybooksException Outside(string folder, string location, string why) =>
        new($"子目录“{folder}”必须在预案目录之内：{why}", "写成相对预案目录的子目录，例如 community 或 community/live", location, ErrorKind.BadValue);
}
