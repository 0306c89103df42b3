namespace Playbooks.Core;

/// <summary>
/// An expected, user-caused error (bad argument, missing folder, unknown id, port in use). Front ends print
/// <see cref="Exception.Message"/>, <see cref="Location"/> and <see cref="Remedy"/> without a stack trace, and take the
/// exit code and the JSON <c>error.code</c> from <see cref="Kind"/>; anything else that escapes is a bug and is shown in full.
/// </summary>
public sealed class PlaybooksException(string message, string remedy, string? location, ErrorKind kind)
    : Exception(message)
{
    /// <summary>What to do next, in one sentence (Chinese, user-facing).</summary>
    public string Remedy { get; } = remedy;

    /// <summary>
    /// What the error is about: a file path (optionally <c>:line</c>), a folder, or an option (<c>--limit</c>); null
    /// when there is none.
    /// </summary>
    public string? Location { get; } = location;

    /// <summary>Which expected error this is: its stable code and whether the command line or the situation is at fault.</summary>
    public ErrorKind Kind { get; } = kind;

    /// <summary>The stable machine-readable code, e.g. <c>unknown-id</c> (<see cref="ErrorKind.Code"/>).</summary>
    public string Code => Kind.Code;
}
