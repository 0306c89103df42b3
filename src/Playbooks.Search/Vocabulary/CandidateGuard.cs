using Playbooks.Search.Analysis;

namespace Playbooks.Search.Vocabulary;

/// <summary>
/// Rejects junk before it can become a word: a learned word must be a run of 2–<see cref="MaxParts"/> whole words as
/// segmentation and the lexicon already cut them (so it never splits a good word), at most <see cref="MaxLength"/>
/// characters, with Han in it, and without a stop word or function word among its parts (so it never glues across
/// 的, 了, 在 …: 群里刷屏问 stays 群|里|刷屏|问). A one-character part at either end must lean on another one-character
/// part: alone beside a longer word it is mostly a locative, measure or verb (分钟|内, 人|以上, 写|清楚), whereas two
/// single characters are a word the segmenter split (主|播, 社|群|助教, 私|域|流量), which is exactly what a knowledge
/// base without a lexicon needs learned.
/// A part that belongs to a synonym group is refused too: 冒充老师 learned whole would hide 老师 from the fold that makes
/// 冒充助教 find it.
/// </summary>
public sealed class CandidateGuard(IReadOnlySet<string> stopWords, IReadOnlySet<string>? synonyms = null)
{
    /// <summary>Longer strings are phrases, not words; six covers roles like 用户运营负责人 minus one and 企业微信群.</summary>
    public const int MaxLength = 6;

    /// <summary>Joining more than three words makes a phrase whose parts users type on their own.</summary>
    public const int MaxParts = 3;

    /// <summary>
    /// Function characters that never belong inside a domain word, whatever the lexicon's stop list says (a knowledge
    /// base without a lexicon has none).
    /// </summary>
    private static readonly HashSet<string> Particles =
    [
        "的", "地", "得", "了", "着", "过", "在", "是", "和", "与", "及", "或", "把", "被", "就", "都", "也", "还", "又",
        "吗", "呢", "吧", "啊", "呀", "么", "让", "给", "向", "从", "对", "这", "那", "个", "有", "很", "不", "没", "要",
        "会", "能", "里", "上", "下", "中", "后", "前", "时", "说", "到", "去", "来", "一", "等", "为", "以", "内",
        "没有", "之间", "以上", "以下", "以内", "是否", "可以", "需要", "已经", "如果", "所有", "进行", "出现", "一个",
        "这个", "那个", "什么", "怎么", "因为", "所以", "但是", "或者", "还是", "就是", "不是", "这些", "那些", "自己",
    ];

    /// <summary>Grammatical particles: a candidate with one anywhere is a phrase (app崩了, 加不了好友).</summary>
    private const string ParticleCharacters = "的了着过吗呢吧啊呀";

    private static bool LoneEdge(string edge, string next) => edge.Length == 1 && next.Length > 1;

    /// <summary>Whether the words <paramref name="parts"/>, adjacent in the text, may be learned as one word.</summary>
    public bool Accepts(IReadOnlyList<string> parts)
    {
        if (parts.Count < 2 || parts.Count > MaxParts)
            return false;
        var length = 0;
        var han = false;
        foreach (var part in parts)
        {
            if (Particles.Contains(part) || stopWords.Contains(part) || synonyms?.Contains(part) == true)
                return false;
            length += part.Length;
            foreach (var c in part)
                han |= CharClass.IsHan(c);
        }
        if (!han || length > MaxLength)
            return false;
        if (LoneEdge(parts[0], parts[1]) || LoneEdge(parts[^1], parts[^2]))
            return false;
        foreach (var part in parts)
            if (part.AsSpan().IndexOfAny(ParticleCharacters) >= 0)
                return false;
        return true;
    }
}
