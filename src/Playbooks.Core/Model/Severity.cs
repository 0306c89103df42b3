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
    /// <summary>Accepted spellings: the Chinese labels and their English equivalents (case-insensitive).</summary>
    public static bool TryParse(string? text, out Severity severity)
    {
        severity = default;
        switch (text?.Trim().ToLowerInvariant())
        {
            case "低" or "low": severity = Severity.Low; return true;
            case "中" or "medium": severity = Severity.Medium; return true;
            case "高" or "high": severity = Severity.High; return true;
            case "严重" or "嚴重" or "critical": severity = Severity.Critical; return true;
            default: return false;
        }
    }

    public static string ChineseName(this Severity severity) => severity switch
    {
        Severity.Low => "低",
        Severity.Medium => "中",
        Severity.High => "高",
        Severity.Critical => "严重",
        _ => throw new ArgumentOutOfRangeException(nameof(severity)),
    };

    /// <summary>Lists the accepted values, for error messages.</summary>
    public const string AcceptedValues = "低/中/高/严重（或 low/medium/high/critical）";
}
