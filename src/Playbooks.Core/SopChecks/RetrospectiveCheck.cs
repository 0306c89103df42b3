using System.Text.RegularExpressions;
using Playbooks.Core.Diagnostics;
using Playbooks.Core.Model;

namespace Playbooks.Core.SopChecks;

/// <summary>
/// 复盘反思: at least one concrete action (a rule, setting, tool, drill or document that changes), and no item that only
/// says "加强/提高/重视". A retrospective without an action is why the same incident comes back next month.
/// </summary>
internal static partial class RetrospectiveCheck
{
    private const string Example = "例如“群码改为活码，每个渠道单独一个，单码入群上限 200 人”";

    public static IEnumerable<SopFinding> Check(Playbook playbook)
    {
        if (playbook.Section(SectionKind.Retrospective) is not { IsEmpty: false } section)
            yield break;
        var items = SectionItems.Items(playbook, section);
        var anyAction = false;
        foreach (var item in items)
        {
            if (IsConcrete(item.Text))
            {
                anyAction = true;
                continue;
            }
            if (VagueOnly().IsMatch(item.Text))
                yield return new SopFinding(FindingCodes.RetrospectiveNoAction, item.Line, 1,
                    $"复盘项“{EscalationCheck.Excerpt(item.Text)}”只有“加强、提高、重视”这类态度，没有具体改动：下次事故照样会发生",
                    $"写成谁在什么时候改什么，{Example}");
        }
        if (!anyAction && !items.Any(i => VagueOnly().IsMatch(i.Text)))
            yield return new SopFinding(FindingCodes.RetrospectiveNoAction, section.Line, 1,
                $"“{section.Heading}”里没有一条具体的改进行动：只有感想的复盘留不下任何改变，同样的事故会再来",
                $"至少写一条要改的规则、设置、工具、话术或培训，{Example}");
    }

    private static bool IsConcrete(string text) => ConcreteAction().IsMatch(text) || SopPatterns.HasQuantity(text);

    // Verbs that change something someone can check afterwards.
    [GeneratedRegex(@"改为|改成|改用|换成|新增|增加|加上|加入|加到|写进|写入|写明|纳入|建立|制定|设置|设定|配置|开启|关闭|上线|接入|培训|演练|整理|记录|登记|统计|复核|检查|审核|核对|核实|定期|每周|每月|每季度|每次|每期|提前|明确|规定|取消|停用|禁止|不再|只用|使用|补充|更新|固定|指定|安排|准备|签订|约定|评估|监控|预警|公示|置顶|限制|上限|分级|拆分|合并|备份|保留|沉淀|归档|列入|确认|约定|报备|留存|分开|区分|设立|发布|调整|重做|改版|补发|启用|收紧|封存|上报|必须|一律|统一|标注|条款|发放")]
    private static partial Regex ConcreteAction();

    [GeneratedRegex(@"加强|提高|提升|重视|注意|增强|完善|优化|改善|强化|意识")]
    private static partial Regex VagueOnly();
}
