using System.CommandLine;
using Spectre.Console;

namespace Playbooks.Cli.Help;

/// <summary>
/// Writes the Chinese help of one command: description, 用法, 参数, 选项, 命令, 示例. System.CommandLine 2's own
/// help builder is internal and leaves "Description:", "[options]" and "[default: 5]" in English even with its zh-Hans
/// resources, so help is rendered here from the same command tree; the help option's action is the supported hook.
/// </summary>
internal static class HelpPage
{
    /// <summary>The help of <paramref name="command"/> as plain text for a terminal <paramref name="width"/> cells wide.</summary>
    public static string Render(Command command, int width)
    {
        var buffer = new StringWriter { NewLine = "\n" };
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(buffer),
        });
        console.Profile.Width = width;
        Write(console, buffer, command);
        // Spectre pads every grid cell to its column's width; trailing blanks are noise in a file or a diff.
        return string.Join('\n', buffer.ToString().Replace("\r\n", "\n").Split('\n').Select(line => line.TrimEnd()));
    }

    private static void Write(IAnsiConsole console, TextWriter plain, Command command)
    {
        if (!string.IsNullOrEmpty(command.Description))
        {
            console.Write(new Text(command.Description));
            console.WriteLine();
            console.WriteLine();
        }

        Section(console, "用法：", [new Text("  " + HelpLabels.Usage(command) + "\n")]);

        var arguments = command.Arguments.Where(a => !a.Hidden)
            .Select(a => (HelpLabels.ArgumentLabel(a), a.Description ?? "")).ToList();
        if (arguments.Count > 0)
            Section(console, "参数：", [Columns(arguments)]);

        Section(console, "选项：", [Columns(HelpLabels.VisibleOptions(command)
            .Select(o => (HelpLabels.OptionLabel(o), HelpLabels.OptionDescription(o))).ToList())]);

        var subcommands = command.Subcommands.Where(c => !c.Hidden).ToList();
        if (subcommands.Count > 0)
            Section(console, "命令：", [Columns(subcommands
                .Select(c => (string.Join(' ', [c.Name, .. c.Arguments.Where(a => !a.Hidden).Select(HelpLabels.ArgumentUsage)]), c.Description ?? ""))
                .ToList())]);

        var examples = HelpExamples.Of(command);
        if (examples.Count > 0)
        {
            // Plain lines, not columns: an example must never be wrapped, or it cannot be pasted into a shell.
            plain.WriteLine("示例：");
            foreach (var example in examples)
                plain.WriteLine($"  {example.CommandLine}{(example.Note is null ? "" : $"    # {example.Note}")}");
            plain.WriteLine();
        }

        if (subcommands.Count > 0)
            console.WriteLine($"运行 {HelpLabels.CommandPath(command)} <命令> --help 查看每个命令的用法和示例。");
    }

    private static void Section(IAnsiConsole console, string heading, IEnumerable<Spectre.Console.Rendering.IRenderable> body)
    {
        console.WriteLine(heading);
        foreach (var part in body)
            console.Write(part);
        console.WriteLine();
    }

    // Spectre counts two cells per CJK character, so the second column lines up where the framework's did not, and it
    // wraps long descriptions under their own column on a narrow terminal.
    private static Grid Columns(IReadOnlyList<(string Left, string Right)> rows)
    {
        var grid = new Grid()
            .AddColumn(new GridColumn().NoWrap().PadLeft(2).PadRight(2))
            .AddColumn(new GridColumn().PadLeft(0).PadRight(0));
        foreach (var (left, right) in rows)
            grid.AddRow(new Text(left), new Text(right));
        return grid;
    }
}
