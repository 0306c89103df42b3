using System.CommandLine;

namespace Playbooks.Cli.Tests.Support;

/// <summary>The real <c>playbooks</c> command tree, and every command in it by path ("", "search", "lexicon suggest").</summary>
internal static class CommandTree
{
    public static RootCommand Build() => CliApp.BuildRoot(new CliEnvironment
    {
        Out = TextWriter.Null, Error = TextWriter.Null, In = TextReader.Null, GetVariable = _ => null, CurrentDirectory = Path.GetTempPath(),
    });

    /// <summary>Every command's path, the root as "": new commands are covered without touching the tests.</summary>
    public static TheoryData<string> Paths()
    {
        var paths = new TheoryData<string>();
        Walk(Build(), "");
        return paths;

        void Walk(Command command, string path)
        {
            paths.Add(path);
            foreach (var sub in command.Subcommands.Where(c => !c.Hidden))
                Walk(sub, (path + " " + sub.Name).Trim());
        }
    }

    public static Command Find(RootCommand root, string path) =>
        path.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Aggregate((Command)root, (command, name) => command.Subcommands.Single(c => c.Name == name));

    public static string[] Args(string path, params string[] more) =>
        [.. path.Split(' ', StringSplitOptions.RemoveEmptyEntries), .. more];
}
