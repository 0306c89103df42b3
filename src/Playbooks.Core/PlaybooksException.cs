namespace Playbooks.Core;

/// <summary>
/// An expected, user-caused error (bad argument, missing folder, unknown id, port in use). Front ends print
/// <see cref="Exception.Message"/>, <see cref="Location"/> and <see cref="Remedy"/> without a stack trace and exit 1;
/// anything else that escapes is a bug and is shown in full.
/// </summary>
public sealed class PlaybooksException(string message, string remedy, string? location = null, string code = "error")
    : Exception(message)
{
    /// <summary>What to do next, in one sentence (Chinese, user-facing).</summary>
    public string Remedy { get; } = remedy;

    /// <summary>File path (optionally <c>:line</c>) or argument the error is about; null when there is none.</summary>
    public string? Location { get; } = location;

    /// <summary>Stable machine-readable code, e.g. <c>unknown-id</c>.</summary>
    public string Code { get; } = code;
}
