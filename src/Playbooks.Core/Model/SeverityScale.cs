using System.Text;
using Playbooks.Core.Parsing;

namespace Playbooks.Core.Model;

/// <summary>
/// The severity labels a knowledge base understands, each mapped onto the canonical scale (低/中/高/严重): the scales
/// operations teams actually write (紧急, P0–P4, S1–S4, 一级–四级, 致命/重大/一般/轻微, critical/high/medium/low,
/// blocker/major/minor/trivial, sev1–sev4, the 红/橙/黄/蓝色预警 colours, Traditional spellings), plus a team's own labels from <c>playbooks.yml</c>.
/// Immutable and thread-safe.
/// </summary>
public sealed class SeverityScale
{
    private readonly Dictionary<string, Severity> _labels;

    private SeverityScale(Dictionary<string, Severity> labels) => _labels = labels;

    /// <summary>The built-in scales. Where a scale has five levels (紧急…低, P0–P4), the two ends share a canonical level.</summary>
    public static SeverityScale Builtin { get; } = new(BuildBuiltin());

    /// <summary>This scale plus <paramref name="teamLabels"/>, which win over built-in labels spelled the same.</summary>
    public SeverityScale With(IEnumerable<KeyValuePair<string, Severity>> teamLabels)
    {
        var labels = new Dictionary<string, Severity>(_labels, StringComparer.Ordinal);
        foreach (var (label, severity) in teamLabels)
            labels[Normalize(label)] = severity;
        return new SeverityScale(labels);
    }

    /// <summary>Reads <paramref name="text"/> as a severity: case, width, spaces and Traditional characters do not matter.</summary>
    public bool TryParse(string? text, out Severity severity)
    {
        severity = default;
        return !string.IsNullOrWhiteSpace(text) && _labels.TryGetValue(Normalize(text), out severity);
    }

    /// <summary>The form labels are compared in: NFKC (full-width P０, Roman Ⅰ), lower case, no spaces, Simplified.</summary>
    public static string Normalize(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
            if (!char.IsWhiteSpace(c))
                folded.Append(char.ToLowerInvariant(c));
        return TraditionalFolding.ToSimplified(folded.ToString());
    }

    private static Dictionary<string, Severity> BuildBuiltin()
    {
        var labels = new Dictionary<string, Severity>(StringComparer.Ordinal);
        void Add(Severity severity, params string[] names)
        {
            foreach (var name in names)
                labels[Normalize(name)] = severity;
        }
        // blocker/major/minor/trivial is read as a four-level scale, like critical/high/medium/low.
        // Roman numerals arrive as i/ii/iii/iv after NFKC (Ⅰ级 → i级), the way emergency plans number their levels.
        Add(Severity.Critical, "严重", "紧急", "致命", "特别重大", "critical", "blocker", "fatal", "urgent", "emergency",
            "p0", "s0", "s1", "sev0", "sev1", "sev-1", "一级", "1级", "i级", "最高");
        Add(Severity.High, "高", "重大", "较高", "high", "major", "p1", "s2", "sev2", "sev-2", "二级", "2级", "ii级");
        Add(Severity.Medium, "中", "一般", "较大", "中等", "medium", "moderate", "normal", "minor", "p2", "s3", "sev3", "sev-3",
            "三级", "3级", "iii级");
        Add(Severity.Low, "低", "轻微", "较低", "low", "trivial", "p3", "p4", "s4", "sev4", "sev-4", "四级", "4级",
            "iv级", "五级", "5级");
        // China's four-colour warning scale (预警信号, as in national emergency plans): 红 I级 特别严重, 橙 II级 严重,
        // 黄 III级 较重, 蓝 IV级 一般. Its level words are not added where they clash with the scales above (严重 is
        // the canonical top level, 一般 the middle of 致命/重大/一般/轻微); its Roman levels (Ⅰ级–Ⅳ级) are read above already.
        foreach (var (colour, severity) in new[] { ("红", Severity.Critical), ("橙", Severity.High), ("黄", Severity.Medium), ("蓝", Severity.Low) })
            Add(severity, colour, colour + "色", colour + "色预警", colour + "色警报", colour + "色级", colour + "色等级", colour + "色级别");
        Add(Severity.Critical, "特别严重");
        Add(Severity.Medium, "较重");
        // "P0级", "S1 级": the suffix adds nothing.
        foreach (var (label, severity) in labels.ToList())
            if (label[0] is 'p' or 's' && !label.EndsWith('级'))
                labels.TryAdd(label + "级", severity);
        return labels;
    }
}
