namespace Playbooks.Core.KnowledgeBase;

/// <summary>The one "no playbook has this id" error, with the closest ids as suggestions (CLI, search engine).</summary>
public static class UnknownPlaybookId
{
    public static PlaybooksException Error(string wanted, IEnumerable<string> known)
    {
        var ids = known.ToList();
        var closest = Closest(wanted, ids);
        var remedy = (closest.Count, ids.Count) switch
        {
            (> 0, _) => $"最接近的 id：{string.Join("、", closest)}。用 `playbooks list` 查看全部，或用 `playbooks search \"描述\"` 按情况查找",
            (_, 0) => "知识库里还没有预案；用 `playbooks new` 新建一个",
            _ => "用 `playbooks list` 查看全部 id，或用 `playbooks search \"描述\"` 按情况查找",
        };
        return new PlaybooksException($"找不到 id 为“{wanted}”的预案", remedy, null, ErrorKind.UnknownId);
    }

    /// <summary>Up to three of <paramref name="known"/> that <paramref name="wanted"/> is plausibly a typo of, closest first.</summary>
    public static IReadOnlyList<string> Closest(string wanted, IEnumerable<string> known)
    {
        // Ids are lower case, so case is no distance: EXAM-SLOT-GRAB (caps lock on) is exam-slot-grab.
        var typed = wanted.ToLowerInvariant();
        // Plausible typos only: a suggestion far from what was typed is noise. An id containing the typed text
        // (bot for bot-flood) counts as closer than its edit distance says.
        return known
            .Select(k => (Id: k, Distance: Text.EditDistance(k, typed) - (typed.Length > 0 && k.Contains(typed, StringComparison.Ordinal) ? 3 : 0)))
            .Where(x => x.Distance <= Math.Max(3, typed.Length / 2))
            .OrderBy(x => x.Distance).ThenBy(x => x.Id, StringComparer.Ordinal)
            .Take(3).Select(x => x.Id).ToList();
    }
}
