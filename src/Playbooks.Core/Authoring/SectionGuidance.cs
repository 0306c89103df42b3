using Playbooks.Core.Model;

namespace Playbooks.Core.Authoring;

/// <summary>
/// The one-line hint written under each heading of a new playbook as an HTML comment: invisible when rendered,
/// ignored by lint's empty-section check and by the search index, and there for whoever fills the section in.
/// </summary>
/// <remarks>The texts follow the section table in playbooks/README.md. They must never contain "--", which ends an HTML comment early.</remarks>
public static class SectionGuidance
{
    public static string For(SectionKind kind) => kind switch
    {
        SectionKind.Background =>
            "两三句话交代场景：什么产品、哪个群或渠道、多少人、什么时候。结尾另起一段，以“**如何区分**：”开头，说明它和相近事故的区别。",
        SectionKind.Risk =>
            "根本原因或触发点：哪条规则、哪个流程或设置的缺口让事故有机会发生。",
        SectionKind.Escalation =>
            "事情变严重的可观察信号，写具体阈值和上报对象，例如“30 分钟内 3 人以上公开附和 → 通知社群负责人”。",
        SectionKind.Handling =>
            "至少四个编号步骤（1. 2. 3.），每步写清谁来做、多久内完成，例如“1. **社群助教（2 分钟内）** 开启全员禁言”。",
        SectionKind.Retrospective =>
            "事后要改什么（规则、流程、工具、培训），避免再发生。全部写完后，把 front matter 里的 draft 改为 false。",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The hint as the HTML comment written into the file.</summary>
    public static string Comment(SectionKind kind) => $"<!-- {For(kind)} -->";
}
