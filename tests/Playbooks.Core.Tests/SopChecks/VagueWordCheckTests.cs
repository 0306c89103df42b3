using Playbooks.Core.Diagnostics;

namespace Playbooks.Core.Tests.SopChecks;

/// <summary>"及时/尽快" that are not an instruction to staff: wording for users, and what went wrong.</summary>
public sealed class VagueWordCheckTests
{
    [Fact]
    public void Vague_words_in_wording_for_users_or_describing_a_failure_are_not_flagged()
    {
        var text = SopPlaybook.Text(handling: """
            1. **内容运营负责人（2 小时内）** 叫停食谱，群里发通知：立即恢复正常饮食，身体不适的及时就医。
            2. **客服（30 分钟内）** 统一回复“已不舒服的请尽快就医并保留病历”。
            3. **区域团长运营（同步进行）** 如实说明是定价没及时调整，已退差价。
            4. **技术（2 天内）** 检查订单完成后号码绑定是否及时解除。
            5. **安全组（当天）** 发现威胁的及时报警。
            """);

        var findings = SopPlaybook.Check(text).Where(f => f.Code == FindingCodes.VagueWord);

        Assert.Equal([SopPlaybook.LineOf(text, "5. **安全组")], findings.Select(f => f.Line));
    }
}
