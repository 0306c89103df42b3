using Playbooks.Core.Model;

namespace Playbooks.Core.Tests.Model;

public sealed class SeverityScaleTests
{
    [Theory]
    [InlineData("严重", Severity.Critical)]
    [InlineData("紧急", Severity.Critical)]
    [InlineData("緊急", Severity.Critical)]
    [InlineData("嚴重", Severity.Critical)]
    [InlineData("致命", Severity.Critical)]
    [InlineData("P0", Severity.Critical)]
    [InlineData("p0", Severity.Critical)]
    [InlineData("Ｐ０", Severity.Critical)]
    [InlineData("P0级", Severity.Critical)]
    [InlineData("S1", Severity.Critical)]
    [InlineData("sev1", Severity.Critical)]
    [InlineData("一级", Severity.Critical)]
    [InlineData("一級", Severity.Critical)]
    [InlineData("1级", Severity.Critical)]
    [InlineData("Ⅰ级", Severity.Critical)]
    [InlineData("Critical", Severity.Critical)]
    [InlineData("blocker", Severity.Critical)]
    [InlineData("P1", Severity.High)]
    [InlineData("S2", Severity.High)]
    [InlineData("二级", Severity.High)]
    [InlineData("重大", Severity.High)]
    [InlineData("major", Severity.High)]
    [InlineData("High", Severity.High)]
    [InlineData("P2", Severity.Medium)]
    [InlineData("S3", Severity.Medium)]
    [InlineData("三级", Severity.Medium)]
    [InlineData("一般", Severity.Medium)]
    [InlineData("minor", Severity.Medium)]
    [InlineData("medium", Severity.Medium)]
    [InlineData("P3", Severity.Low)]
    [InlineData("P4", Severity.Low)]
    [InlineData("S4", Severity.Low)]
    [InlineData("四级", Severity.Low)]
    [InlineData("轻微", Severity.Low)]
    [InlineData("輕微", Severity.Low)]
    [InlineData("trivial", Severity.Low)]
    [InlineData(" low ", Severity.Low)]
    [InlineData("红色", Severity.Critical)]
    [InlineData("红色预警", Severity.Critical)]
    [InlineData("紅色預警", Severity.Critical)]
    [InlineData("特别严重", Severity.Critical)]
    [InlineData("橙色", Severity.High)]
    [InlineData("橙色预警", Severity.High)]
    [InlineData("黄色", Severity.Medium)]
    [InlineData("黄色预警", Severity.Medium)]
    [InlineData("较重", Severity.Medium)]
    [InlineData("蓝色", Severity.Low)]
    [InlineData("蓝色预警", Severity.Low)]
    [InlineData("藍色", Severity.Low)]
    [InlineData("黃色預警", Severity.Medium)]
    public void Maps_the_scales_teams_use_onto_the_canonical_levels(string label, Severity expected)
    {
        Assert.True(SeverityScale.Builtin.TryParse(label, out var severity), label);
        Assert.Equal(expected, severity);
    }

    [Theory]
    [InlineData("橙红")]
    [InlineData("P9")]
    [InlineData("")]
    [InlineData(null)]
    public void Does_not_guess_a_level_for_labels_on_no_scale(string? label)
    {
        Assert.False(SeverityScale.Builtin.TryParse(label, out _));
    }

    [Fact]
    public void Lets_a_team_declare_its_own_labels_and_override_built_in_ones()
    {
        var scale = SeverityScale.Builtin.With([new("紫色", Severity.Critical), new("P2", Severity.High), new("蓝色", Severity.Medium)]);

        Assert.True(scale.TryParse("紫色", out var purple));
        Assert.True(scale.TryParse("P2", out var p2));
        Assert.True(scale.TryParse("蓝色", out var blue));
        Assert.Equal((Severity.Critical, Severity.High, Severity.Medium), (purple, p2, blue));
        Assert.True(SeverityScale.Builtin.TryParse("P2", out var builtin));
        Assert.Equal(Severity.Medium, builtin);
    }

    [Theory]
    [InlineData(Severity.Critical, "P0", "P0")]
    [InlineData(Severity.Critical, "严重", "严重")]
    [InlineData(Severity.Critical, "嚴重", "严重")]
    [InlineData(Severity.High, null, "高")]
    [InlineData(null, "橙红", "橙红（未定级）")]
    [InlineData(null, null, null)]
    public void Shows_the_teams_own_label_where_it_differs_and_marks_unknown_ones_unrated(Severity? severity, string? label, string? shown)
    {
        Assert.Equal(shown, Severities.DisplayName(severity, label));
    }
}
