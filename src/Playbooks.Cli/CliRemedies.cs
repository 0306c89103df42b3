using Playbooks.Core;

namespace Playbooks.Cli;

/// <summary>
/// The command line's part of a remedy. Library messages name no option (the server and the site generator have
/// none); where the way out of the user's situation is one of the CLI's options, the CLI says which.
/// </summary>
internal static class CliRemedies
{
    public static PlaybooksException WithOptions(PlaybooksException ex)
    {
        // The knowledge base locator speaks of --playbooks and PLAYBOOKS_DIR itself: its remedies stand as they are.
        if (ex.Remedy.Contains(CliOptions.PlaybooksName, StringComparison.Ordinal))
            return ex;
        string? remedy =
            ex.Kind == ErrorKind.MissingDirectory ? $"{ex.Remedy}，或用 {CliOptions.PlaybooksName} 指定预案目录"
            : ex.Kind == ErrorKind.UnreadableDirectory ? $"{ex.Remedy}，或用 {CliOptions.PlaybooksName} 指定别的目录"
            : ex.Kind == ErrorKind.NotAKnowledgeBase ? $"用 {CliOptions.PlaybooksName} 指定存放预案（.md 文件）的文件夹，例如 {CliOptions.PlaybooksName} ./playbooks"
            : null;
        return remedy is null ? ex : With(ex, remedy);
    }

    private static PlaybooksException With(PlaybooksException ex, string remedy) => new(ex.Message, remedy, ex.Location, ex.Kind);
}
