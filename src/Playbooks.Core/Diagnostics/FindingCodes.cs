namespace Playbooks.Core.Diagnostics;

/// <summary>
/// Stable identifiers of every lint check, so scripts reading <c>lint --json</c> can filter on them
/// even when the Chinese wording changes.
/// </summary>
public static class FindingCodes
{
    public const string EmptyFile = "empty-file";
    public const string NotUtf8 = "not-utf8";
    public const string FileTooLarge = "file-too-large";
    public const string Unreadable = "unreadable";
    public const string NotRegularFile = "not-regular-file";
    public const string UnreadableFolder = "unreadable-folder";
    public const string TooDeeplyNested = "too-deeply-nested";
    public const string ParseFailed = "parse-failed";
    public const string ControlCharacter = "control-character";
    public const string MissingFrontMatter = "missing-front-matter";
    public const string UnterminatedFrontMatter = "unterminated-front-matter";
    public const string YamlSyntax = "yaml-syntax";
    public const string FrontMatterNotMapping = "front-matter-not-mapping";
    public const string DuplicateKey = "duplicate-key";
    public const string UnknownKey = "unknown-key";
    public const string MissingId = "missing-id";
    public const string InvalidId = "invalid-id";
    public const string IdMismatch = "id-file-mismatch";
    public const string DuplicateId = "duplicate-id";
    public const string MissingTitle = "missing-title";
    public const string MissingField = "missing-field";
    public const string InvalidFieldType = "invalid-field-type";
    public const string UnknownSeverity = "unknown-severity";
    public const string InvalidDate = "invalid-date";
    public const string FutureDate = "future-date";
    public const string UnknownKind = "unknown-kind";
    public const string MissingSection = "missing-section";
    public const string EmptySection = "empty-section";
    public const string DuplicateSection = "duplicate-section";
    public const string SectionOrder = "section-order";
    public const string UnknownHeading = "unknown-heading";
    public const string TooFewSteps = "too-few-steps";
    public const string Outdated = "outdated";
    public const string GuideWithoutOrder = "guide-without-order";
    public const string DanglingReference = "dangling-reference";
    public const string SettingsUnreadable = "settings-unreadable";
    public const string SettingsUnknownKey = "settings-unknown-key";
    public const string SettingsInvalidValue = "settings-invalid-value";
    public const string SettingsRepeatedKey = "settings-repeated-key";

    // SOP quality (SopChecks/): warnings by default; a knowledge base may turn each off or make it an error
    // in the lint: section of its playbooks.yml.
    public const string EscalationNoThreshold = "escalation-no-threshold";
    public const string EscalationNoRecipient = "escalation-no-recipient";
    public const string StepNoRole = "step-no-role";
    public const string StepNoTimeLimit = "step-no-time-limit";
    public const string RetrospectiveNoAction = "retrospective-no-action";
    public const string TemplateHint = "template-hint";
    public const string VagueWord = "vague-word";
    public const string NoReviewDate = "no-review-date";

    /// <summary>The SOP quality rules, in the order playbooks/README.md lists them: the codes <c>lint:</c> accepts.</summary>
    public static IReadOnlyList<string> SopRules { get; } =
    [
        EscalationNoThreshold, EscalationNoRecipient, StepNoRole, StepNoTimeLimit, RetrospectiveNoAction, TemplateHint,
        VagueWord, NoReviewDate,
    ];

    /// <summary>
    /// Findings about a playbook's metadata (front matter) that the tools worked around, such as an unknown severity or
    /// a missing id: the playbook is still indexed and shown, and search, the server and the site say how many have them.
    /// A missing optional field (owner, category) is not counted: plenty of good playbooks leave those out.
    /// </summary>
    public static IReadOnlySet<string> Metadata { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        MissingFrontMatter, YamlSyntax, FrontMatterNotMapping, DuplicateKey, MissingId, InvalidId, IdMismatch, DuplicateId,
        MissingTitle, InvalidFieldType, UnknownSeverity, InvalidDate, UnknownKind,
    };
}
