namespace Playbooks.Core;

/// <summary>
/// The closed set of expected errors. Each kind carries its stable JSON <see cref="Code"/> (the <c>error.code</c> of
/// <c>--json</c> output and the <c>code</c> of the server's problem details) and whether it is the user's situation or a
/// wrong command line, so the CLI's exit code and the JSON error object both follow from the kind alone. Codes are part
/// of the public contract (docs/schemas/error.schema.json lists them): add kinds, never rename one.
/// </summary>
public sealed class ErrorKind
{
    private static readonly List<ErrorKind> Known = [];

    private ErrorKind(string code, bool isUsage)
    {
        Code = code;
        IsUsage = isUsage;
        Known.Add(this);
    }

    /// <summary>Stable, kebab-case, English: scripts compare it, so the Chinese wording can change freely.</summary>
    public string Code { get; }

    /// <summary>True when the command line (or request) itself is wrong; false when it is the user's situation (a missing file, an unknown id).</summary>
    public bool IsUsage { get; }

    /// <summary>The process exit code for this kind: 2 for a wrong command line, 1 for the user's situation.</summary>
    public int ExitCode => IsUsage ? 2 : 1;

    public override string ToString() => Code;

    // Field order matters: Known is filled as the fields below are initialised, after it.

    // The command line (exit 2).
    public static readonly ErrorKind Usage = new("usage", isUsage: true);
    public static readonly ErrorKind UnknownCommand = new("unknown-command", isUsage: true);
    public static readonly ErrorKind UnknownOption = new("unknown-option", isUsage: true);
    public static readonly ErrorKind ExtraArgument = new("extra-argument", isUsage: true);
    public static readonly ErrorKind MissingArgument = new("missing-argument", isUsage: true);
    public static readonly ErrorKind BadValue = new("bad-value", isUsage: true);
    public static readonly ErrorKind BadLimit = new("bad-limit", isUsage: true);
    public static readonly ErrorKind EmptyQuery = new("empty-query", isUsage: true);
    public static readonly ErrorKind QueryTooLong = new("query-too-long", isUsage: true);
    public static readonly ErrorKind BadId = new("bad-id", isUsage: true);

    // The user's situation (exit 1).
    public static readonly ErrorKind UnknownId = new("unknown-id", isUsage: false);
    public static readonly ErrorKind IdExists = new("id-exists", isUsage: false);
    public static readonly ErrorKind NoKnowledgeBase = new("no-knowledge-base", isUsage: false);
    public static readonly ErrorKind MissingDirectory = new("missing-directory", isUsage: false);
    public static readonly ErrorKind NotAKnowledgeBase = new("not-a-knowledge-base", isUsage: false);
    public static readonly ErrorKind UnreadableDirectory = new("unreadable-directory", isUsage: false);
    public static readonly ErrorKind MissingFile = new("missing-file", isUsage: false);
    public static readonly ErrorKind NotAFile = new("not-a-file", isUsage: false);
    public static readonly ErrorKind UnreadableFile = new("unreadable-file", isUsage: false);
    public static readonly ErrorKind FileTooLarge = new("file-too-large", isUsage: false);
    public static readonly ErrorKind NotUtf8 = new("not-utf8", isUsage: false);
    public static readonly ErrorKind EmptyFile = new("empty-file", isUsage: false);
    public static readonly ErrorKind EmptyInput = new("empty-input", isUsage: false);
    public static readonly ErrorKind NoCases = new("no-cases", isUsage: false);
    public static readonly ErrorKind MalformedQuerySet = new("malformed-query-set", isUsage: false);
    public static readonly ErrorKind ControlCharacter = new("control-character", isUsage: false);
    public static readonly ErrorKind FileExists = new("file-exists", isUsage: false);
    public static readonly ErrorKind Symlink = new("symlink", isUsage: false);
    public static readonly ErrorKind WriteFailed = new("write-failed", isUsage: false);
    public static readonly ErrorKind OutputNotDirectory = new("output-not-directory", isUsage: false);
    public static readonly ErrorKind OutputNotEmpty = new("output-not-empty", isUsage: false);
    public static readonly ErrorKind PortInUse = new("port-in-use", isUsage: false);
    public static readonly ErrorKind IcuMissing = new("icu-missing", isUsage: false);
    public static readonly ErrorKind NoSteps = new("no-steps", isUsage: false);

    /// <summary>Every kind, in declaration order.</summary>
    public static IReadOnlyList<ErrorKind> All => Known;
}
