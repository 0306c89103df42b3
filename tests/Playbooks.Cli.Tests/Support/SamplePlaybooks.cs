namespace Playbooks.Cli.Tests.Support;

/// <summary>Small playbook files for building knowledge bases inside tests.</summary>
internal static class SamplePlaybooks
{
    /// <summary>
    /// A playbook with no findings, SOP checks included (each step has a role and a time limit). Line numbers tests rely on: severity is line 6, the 背景 heading line 13.
    /// </summary>
    public static string Valid(string id, string title, string severity = "高", string owner = "社群运营主管") => $"""
        ---
        id: {id}
        title: {title}
        category: 社群运营
        tags: [刷屏, 广告]
        severity: {severity}
        owner: {owner}
        updated: 2026-11-01
        ---

        # {title}

        ## 背景

        群里突然涌进大量新号，同时发广告。

        ## 风险源头

        - 群二维码公开在海报上。

        ## 激化情况

        - 十分钟内进群超过 20 人 → 通知社群运营主管。

        ## 处理方法

        1. **社群助教（2 分钟内）** 开启进群确认。
        2. **社群助教（15 分钟内）** 批量移出可疑账号。

        ## 复盘反思

        - 群码定期更换。

        """;

    /// <summary>Valid apart from its severity, which is on no known scale (a warning on line 6, column 11; still listed).</summary>
    public static string WithUnknownSeverity(string id) => Valid(id, "严重程度写错的预案", severity: "超高");

    /// <summary>Valid apart from the missing 复盘反思 section: a lint error (line 29), yet still listed and searchable.</summary>
    public static string WithoutRetrospective(string id, string title = "还没写复盘的预案") =>
        Valid(id, title).Replace("## 复盘反思\n\n- 群码定期更换。\n", "");

    /// <summary>A file saved half-way: front matter not closed, no section. The one kind of file that is left out.</summary>
    public static string HalfSaved(string id) => $"---\nid: {id}\ntitle: 写了一半的预案\n";

    /// <summary>Valid apart from its 处理方法, written as one paragraph (line 27) instead of numbered steps: a warning.</summary>
    public static string WithProseHandling(string id, string title = "处理方法写成段落的预案") =>
        Valid(id, title).Replace("1. **社群助教（2 分钟内）** 开启进群确认。\n2. **社群助教（15 分钟内）** 批量移出可疑账号。\n",
            "社群助教先开启进群确认，然后批量移出可疑账号，情况严重时通知社群运营主管。\n");

    /// <summary>Valid apart from a missing owner, which is only a warning.</summary>
    public static string WithoutOwner(string id, string title = "没有写负责人的预案") =>
        Valid(id, title).Replace("owner: 社群运营主管\n", "");

    /// <summary>An onboarding guide: free-form body, kind guide.</summary>
    public static string Guide(string id, string title) => $"""
        ---
        id: {id}
        title: {title}
        kind: guide
        order: 1
        category: 入门指南
        owner: 运营培训负责人
        updated: 2026-11-01
        ---

        # {title}

        新人第一周先读完全部预案。

        """;
}
