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
        return ex.Code switch
        {
            "missing-directory" => With(ex, $"{ex.Remedy}，或用 {CliOptions.PlaybooksName} 指定预案目录"),
            "unreadable-directory" => With(ex, $"{ex.Remedy}，或用 {CliOptions.PlaybooksName} 指定别的目录"),
            "not-a-knowledge-base" => With(ex, $"用 {CliOptions.PlaybooksName} 指定存放预案（.md 文件）的文件夹，例如 {CliOptions.PlaybooksName} ./playbooks"),
            _ => ex,
        };
    }

    private static PlaybooksException With(PlaybooksException ex, string remedy) => new(ex.Message, remedy, ex.Location, ex.Code);
}
