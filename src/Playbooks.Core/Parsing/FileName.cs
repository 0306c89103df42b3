using Playbooks.Core.KnowledgeBase;

namespace Playbooks.Core.Parsing;

/// <summary>
/// What a playbook is named by when its front matter gives no id, and how lint speaks of that name: a file
/// (<c>bot-flood.md</c>) or, for a folder's own page (<c>bot-flood/README.md</c>, <c>bot-flood/index.md</c>), its folder.
/// </summary>
/// <param name="Id">The name as an id may spell it: the file's name without extension, or the folder's name.</param>
/// <param name="IsFolder">Named by its folder: renaming means renaming the folder.</param>
internal readonly record struct FileName(string Id, bool IsFolder)
{
    /// <param name="relative">The file's path relative to the knowledge base (<see cref="PlaybookFiles.NameId"/>).</param>
    public static FileName Of(string relative) => new(PlaybookFiles.NameId(relative), PlaybookFiles.IsFolderPage(relative));

    /// <summary>"文件名“bot-flood.md”" or "目录名“bot-flood/”", as lint's messages quote it.</summary>
    public string Quoted => IsFolder ? $"目录名“{Id}/”" : $"文件名“{Id}.md”";

    /// <summary>"文件名" or "目录名".</summary>
    public string Noun => IsFolder ? "目录名" : "文件名";

    /// <summary>How to rename the file (or folder) so that it is named <paramref name="id"/>.</summary>
    public string RenameTo(string id) => IsFolder ? $"把目录改名为 {id}/" : $"把文件改名为 {id}.md";
}
