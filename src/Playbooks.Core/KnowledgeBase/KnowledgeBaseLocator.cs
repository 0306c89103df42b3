namespace Playbooks.Core.KnowledgeBase;

/// <summary>Decides which folder is the knowledge base: the explicit option, then ./playbooks, then $PLAYBOOKS_DIR.</summary>
public static class KnowledgeBaseLocator
{
    public const string EnvironmentVariable = "PLAYBOOKS_DIR";

    /// <summary>
    /// Returns the folder as the user should see it: as given, or <c>playbooks</c> for the local folder. A relative
    /// result is relative to <paramref name="currentDirectory"/>; pass that directory on to
    /// <see cref="KnowledgeBaseLoader.Load"/>.
    /// </summary>
    /// <exception cref="PlaybooksException">No candidate exists, or the one named explicitly does not.</exception>
    public static string Resolve(string? explicitDirectory, string currentDirectory, Func<string, string?> environment)
    {
        // An empty value is a mistake (`--playbooks "$KB"` with KB unset), not a request for the default folder:
        // quietly searching ./playbooks instead would answer from a knowledge base the user did not name.
        if (explicitDirectory is not null && string.IsNullOrWhiteSpace(explicitDirectory))
            throw new PlaybooksException("--playbooks 的值是空的",
                "写上预案目录，例如 --playbooks team/playbooks；用变量传入时（--playbooks \"$KB\"）先确认变量已设置", "--playbooks", ErrorKind.BadValue);
        if (!string.IsNullOrWhiteSpace(explicitDirectory))
        {
            RejectFile(explicitDirectory, currentDirectory, "--playbooks", "--playbooks");
            if (!Directory.Exists(Path.GetFullPath(explicitDirectory, currentDirectory)))
                throw new PlaybooksException($"预案目录不存在：{explicitDirectory}",
                    "检查 --playbooks 指定的路径是否正确", explicitDirectory, ErrorKind.MissingDirectory);
            return explicitDirectory;
        }

        var local = Path.Combine(currentDirectory, "playbooks");
        if (Directory.Exists(local))
            return Path.GetRelativePath(currentDirectory, local);

        var fromEnvironment = environment(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            RejectFile(fromEnvironment, currentDirectory, $"环境变量 {EnvironmentVariable}", $"export {EnvironmentVariable}=");
            if (!Directory.Exists(Path.GetFullPath(fromEnvironment, currentDirectory)))
                throw new PlaybooksException($"环境变量 {EnvironmentVariable} 指向的目录不存在：{fromEnvironment}",
                    $"修正 {EnvironmentVariable}，或用 --playbooks 指定预案目录", fromEnvironment, ErrorKind.MissingDirectory);
            return fromEnvironment;
        }

        throw new PlaybooksException("找不到预案目录：当前目录下没有 playbooks/，也没有设置 PLAYBOOKS_DIR",
            "在含有 playbooks/ 的目录（如仓库根目录）运行，或加 --playbooks <目录>，或设置环境变量 PLAYBOOKS_DIR 指向预案目录：例如 export PLAYBOOKS_DIR=$HOME/team-playbooks/playbooks，写进 ~/.bashrc 后在任何目录都能直接运行 playbooks", currentDirectory, ErrorKind.NoKnowledgeBase);
    }

    /// <summary>
    /// A playbook file given where the folder belongs (<c>--playbooks team/bot-flood.md</c>) exists, so "does not
    /// exist" would mislead: the user is told it is a file and which folder to name instead.
    /// </summary>
    private static void RejectFile(string given, string currentDirectory, string source, string example)
    {
        var full = Path.GetFullPath(given, currentDirectory);
        if (!File.Exists(full))
            return;
        var folder = Path.GetDirectoryName(given.TrimEnd('/', '\\')) is { Length: > 0 } parent ? parent : ".";
        var separator = example.EndsWith('=') ? "" : " ";
        throw new PlaybooksException($"{source} 指向的是一个文件，不是预案目录：{given}",
            $"改成存放预案的文件夹，例如 {example}{separator}{folder}", given, ErrorKind.MissingDirectory);
    }
}
