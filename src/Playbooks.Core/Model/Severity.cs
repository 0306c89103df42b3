namespace Playbooks.Core.Model;

/// <summary>How bad an incident is; ordered from least to most severe.</summary>
public enum Severity
{
    Low = 1,
    Medium = 2,
    High = 3,
    Critical = 4,
}

public static class Severities
{
    /// <summary>Reads a severity on any built-in scale (<see cref="SeverityScale.Builtin"/>): 严重, 紧急, P0, S1, critical …</summary>
    public static bool TryParse(string? text, out Severity severity) => SeverityScale.Builtin.TryParse(text, out severity);

    public static string ChineseName(this Severity severity) => severity switch
    {
        Severity.Low => "低",
        Severity.Medium => "中",
        Severity.High => "高",
        Severity.Critical => "严重",
        _ => throw new ArgumentOutOfRangeException(nameof(severity)),
    };

    /// <summary>Lists the accepted values, for error messages.</summary>
    public const string AcceptedValues = "低/中/高/严重（也认识 紧急、P0–P4、S1–S4、一级–四级、critical/high/medium/low 等）";

    /// <summary>What a reader sees for a severity written as <paramref name="label"/>.</summary>
    /// <returns>
    /// The team's own label when it differs from the canonical name (<c>P0</c>, sorted as 严重), the canonical name when
    /// it is the same, <c>未定级</c> after a label no scale knows, and null when no severity is written.
    /// </returns>
    public static string? DisplayName(Severity? severity, string? label)
    {
        var written = label?.Trim();
        if (string.IsNullOrEmpty(written))
            return severity?.ChineseName();
        if (severity is not { } known)
            return $"{written}（{Unrated}）";
        return SeverityScale.Normalize(written) == known.ChineseName() ? known.ChineseName() : written;
    }

    /// <summary>Shown for a severity no scale knows; such playbooks sort after every rated one.</summary>
    public const string Unrated = "未定级";
}
