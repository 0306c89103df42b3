using Playbooks.Core.Diagnostics;
using Playbooks.Core.KnowledgeBase;
using Playbooks.Core.Model;
using Playbooks.Core.Parsing;

namespace Playbooks.Core.References;

/// <summary>
/// Lint's <c>dangling-reference</c> warning: a reference (<see cref="CrossReferences"/>) to a playbook the knowledge
/// base does not have, usually renamed or deleted since. Readers follow it to nothing, and on the site a link to the
/// missing file is plain text. Conservative: a bracketed id is only reported after 预案/SOP or when it is one typo from
/// an existing id, and a 《title》 only after 预案/SOP or when it is close to an existing title, so that 《个人信息保护法》
/// and （covid-19） stay quiet.
/// </summary>
public static class DanglingReferences
{
    /// <param name="files">Every file of the knowledge base, each with its full path on disk, after ids were made distinct.</param>
    public static IReadOnlyList<Finding> Check(IReadOnlyList<(ParsedFile File, string FullPath)> files)
    {
        var usable = files.Where(f => f.File.IsUsable).ToList();
        // A file that could not be read still exists: a reference to it by file name is not dangling.
        var ids = usable.Select(f => f.File.Playbook!.Id)
            .Concat(files.Select(f => Path.GetFileNameWithoutExtension(f.FullPath)))
            .Concat(files.Select(f => PlaybookFiles.NameId(f.FullPath)))
            .ToHashSet(StringComparer.Ordinal);
        var titles = usable.Select(f => f.File.Playbook!).Where(p => p.Title.Trim().Length > 0)
            .GroupBy(p => p.Title.Trim(), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var byId = usable.ToDictionary(f => f.File.Playbook!.Id, f => f, StringComparer.Ordinal);

        var findings = new List<Finding>();
        foreach (var (file, fullPath) in usable)
        {
            foreach (var reference in CrossReferences.In(file.Playbook!))
            {
                var fix = reference.Form switch
                {
                    ReferenceForm.Id => IdFix(reference, ids, byId),
                    ReferenceForm.Link => LinkFix(reference, fullPath, byId),
                    _ => TitleFix(reference, titles),
                };
                if (fix is not null)
                    findings.Add(new Finding(file.Path, reference.Line, reference.Column, FindingLevel.Warning,
                        FindingCodes.DanglingReference, Message(reference), fix));
            }
        }
        return findings;
    }

    private static string Message(CrossReference reference) => reference.Form switch
    {
        ReferenceForm.Link => $"链接 {reference.Written} 指向的文件不存在（可能已改名、移动或删除）：读者点开是坏链接，网站上只显示文字",
        _ => $"引用的预案{reference.Written}不存在（可能已改名或删除）：读者找不到它",
    };

    // Null when the reference is fine, or not clearly meant as one.
    private static string? IdFix(CrossReference reference, HashSet<string> ids, Dictionary<string, (ParsedFile File, string FullPath)> byId)
    {
        if (ids.Contains(reference.Target))
            return null;
        var closest = UnknownPlaybookId.Closest(reference.Target, byId.Keys).FirstOrDefault();
        // Without 预案 before it, only a typo of an id (two edits at most) shows that an id was meant.
        if (closest is not null && !reference.Cued && Text.EditDistance(closest, reference.Target) > 2)
            closest = null;
        if (closest is null)
            return reference.Cued ? $"改成现有预案的 id（`playbooks list` 列出全部），或删掉这个引用" : null;
        return $"是不是指 {closest}（{byId[closest].File.Playbook!.Title}）？把括号里的 id 改成它";
    }

    private static string? LinkFix(CrossReference reference, string fullPath, Dictionary<string, (ParsedFile File, string FullPath)> byId)
    {
        var folder = Path.GetDirectoryName(fullPath)!;
        string target;
        try
        {
            target = Path.GetFullPath(Path.Combine(folder, Uri.UnescapeDataString(reference.Target)));
        }
        catch (Exception ex) when (ex is ArgumentException or PathTooLongException or NotSupportedException)
        {
            return null; // not a path this system can name; not ours to judge
        }
        if (File.Exists(target))
            return null;
        // Moved: the same file name elsewhere; renamed: the closest id.
        var name = PlaybookFiles.NameId(target);
        var id = byId.ContainsKey(name) ? name : UnknownPlaybookId.Closest(name, byId.Keys).FirstOrDefault();
        if (id is null)
            return "改成现有预案文件的相对路径（`playbooks list` 列出全部），或删掉这个链接";
        var path = Path.GetRelativePath(folder, byId[id].FullPath).Replace('\\', '/');
        return $"是不是指 {path}（{byId[id].File.Playbook!.Title}）？把链接改成它";
    }

    private static string? TitleFix(CrossReference reference, Dictionary<string, Playbook> titles)
    {
        if (titles.ContainsKey(reference.Target))
            return null;
        var closest = ClosestTitle(reference.Target, titles.Keys);
        if (closest is null)
            return reference.Cued ? "改成现有预案的标题（`playbooks list` 列出全部），或删掉这个引用" : null;
        return $"是不是指《{closest}》（{titles[closest].Id}）？把书名号里的标题改成它";
    }

    /// <summary>The title <paramref name="written"/> is a slip of: a quarter of its characters or fewer differ.</summary>
    private static string? ClosestTitle(string written, IEnumerable<string> titles)
    {
        var most = Math.Max(1, written.Length / 4);
        // Edit distance only where the lengths allow it: a knowledge base can have thousands of titles.
        return titles.Where(t => Math.Abs(t.Length - written.Length) <= most)
            .Select(t => (Title: t, Distance: Text.EditDistance(t, written)))
            .Where(x => x.Distance <= most)
            .OrderBy(x => x.Distance).ThenBy(x => x.Title, StringComparer.Ordinal)
            .Select(x => x.Title).FirstOrDefault();
    }
}
