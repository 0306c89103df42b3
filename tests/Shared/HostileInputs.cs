namespace Playbooks.Tests.Shared;

/// <summary>
/// The valid playbook that hostile-input tests and the parse-scaling benchmark append their pattern to (linked into
/// both projects, as they do not reference one another). It ends inside its last section, so whatever follows is part
/// of 复盘反思.
/// </summary>
internal static class HostileInputs
{
    public const string ValidPlaybook = """
        ---
        id: hostile
        title: 病态输入
        category: 社群运营
        severity: 高
        owner: 社群运营主管
        updated: 2026-11-01
        ---

        ## 背景

        群里突然涌进大量新号。

        ## 风险源头

        群二维码公开。

        ## 激化情况

        十分钟内进群超过 20 人。

        ## 处理方法

        1. 开启进群确认。
        2. 批量移出可疑账号。

        ## 复盘反思

        群码定期更换。

        """;
}
