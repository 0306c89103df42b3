using System.Text.RegularExpressions;
using Playbooks.Core.Diagnostics;
using Playbooks.Core.Model;

namespace Playbooks.Core.SopChecks;

/// <summary>
/// "及时/尽快/适当" with no number in the same clause, in the parts people act on (激化情况, 处理方法, 复盘反思).
/// Everyone reads "尽快" as a different time; in an incident it means "after what I am doing now".
/// Background and risk describe what happened, where the words are narration, not instructions.
/// </summary>
internal static partial class VagueWordCheck
{
    private static readonly SectionKind[] Checked = [SectionKind.Escalation, SectionKind.Handling, SectionKind.Retrospective];

    public static IEnumerable<SopFinding> Check(Playbook playbook)
    {
        foreach (var section in Checked.Select(playbook.Section).OfType<Section>())
            foreach (var (line, text) in SectionItems.Lines(playbook, section))
                foreach (Match word in VagueWord().Matches(text))
                {
                    if (Quoted(text, word.Index) || IsWording(text, word.Index) || Negated(text, word.Index)
                        || SopPatterns.HasQuantity(Clause(text, word.Index, word.Length)))
                        continue;
                    yield return new SopFinding(FindingCodes.VagueWord, line, word.Index + 1,
                        $"“{word.Value}”没有具体数字：事故中每个人理解的“{word.Value}”都不一样，往往就是“忙完手头的再说”",
                        $"换成可以核对的时间或数量，例如“{Example(word.Value)}”");
                }
    }

    // Inside quotation marks the words are someone else's or what is said to users: 不接受“尽快” quotes the word to reject
    // it (the advice this check gives), 话术：“已不适的请尽快就医” is the message itself. Neither is an instruction to staff.
    private static bool Quoted(string text, int index)
    {
        var before = text.AsSpan(0, index);
        return before.Count('“') > before.Count('”') || before.Count('「') > before.Count('」') || before.Count('"') % 2 == 1;
    }

    // 群里发通知：身体不适的及时就医 — after a notice's colon comes its wording for users, not an instruction to staff.
    private static bool IsWording(string text, int index) => Announcement().Match(text) is { Success: true } m && m.Index + m.Length <= index;

    // 定价没及时调整、检查号码是否及时解除: what went wrong or what to check, not how fast to act.
    private static bool Negated(string text, int index) => NegationBefore().IsMatch(text.AsSpan(0, index).ToString());

    /// <summary>The clause around a word: from the last clause break before it to the next one after it.</summary>
    private static string Clause(string text, int index, int length)
    {
        // The step's own number ("5. ") is not a quantity of the clause that opens the step.
        var start = Math.Max(text.LastIndexOfAny(ClauseBreaks, Math.Max(0, index - 1)) + 1, SectionItems.MarkerLength(text));
        var end = text.IndexOfAny(ClauseBreaks, index + length);
        return text[start..(end < 0 ? text.Length : end)];
    }

    private static readonly char[] ClauseBreaks = ['，', '。', '；', '！', '？', ',', ';', '!', '?', '、', '→'];

    private static string Example(string word) => word switch
    {
        "适当" or "酌情" => "补偿 10 元无门槛券",
        _ => "30 分钟内回复",
    };

    [GeneratedRegex("及时|尽快|尽早|适当|适时|酌情")]
    private static partial Regex VagueWord();

    [GeneratedRegex("(?:通知|话术|说明|公告|回复|口径|私信|提醒|告知|短信|文案|声明)[：:]")]
    private static partial Regex Announcement();

    [GeneratedRegex("(?:没有|没|未|不|是否)$")]
    private static partial Regex NegationBefore();
}
