namespace Playbooks.Core.Json;

/// <summary>
/// What every command prints on stdout instead of its result when it fails under <c>--json</c>:
/// <c>{"error":{"code":…,"message":…,"hint":…,"file":…,"line":…,"option":…}}</c> (docs/schemas/error.schema.json).
/// The exit code stays what it would be without <c>--json</c>.
/// </summary>
public sealed record ErrorDocument(ErrorBody Error)
{
    /// <summary>The code of a failure nobody anticipated (exit 3), which has no <see cref="ErrorKind"/>.</summary>
    public const string InternalCode = "internal-error";

    public static ErrorDocument From(PlaybooksException ex)
    {
        var (file, line, option) = ErrorLocation.Split(ex.Location);
        return new(new ErrorBody(ex.Code, ex.Message, ex.Remedy, file, line, option));
    }

    /// <summary>A wrong command line, described before any command ran; <paramref name="option"/> is the option at fault, if any.</summary>
    public static ErrorDocument Usage(ErrorKind kind, string message, string hint, string? option) =>
        new(new ErrorBody(kind.Code, message, hint, null, null, option));

    public static ErrorDocument Internal(string message, string hint) =>
        new(new ErrorBody(InternalCode, message, hint, null, null, null));
}

/// <param name="Code">Stable kebab-case code (<see cref="ErrorKind.Code"/>); scripts branch on it.</param>
/// <param name="Message">What is wrong, in Chinese.</param>
/// <param name="Hint">What to do next, in Chinese.</param>
/// <param name="File">The file or folder the error is about; null when none.</param>
/// <param name="Line">1-based line in <paramref name="File"/>; null when the error is about the whole file or none.</param>
/// <param name="Option">The command-line option the error is about (<c>--limit</c>); null when none.</param>
public sealed record ErrorBody(string Code, string Message, string Hint, string? File, int? Line, string? Option);
