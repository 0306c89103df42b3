using Spectre.Console;

namespace Playbooks.Cli;

/// <summary>
/// Everything a command touches outside itself: streams, environment variables, working directory, clock.
/// Injected so commands are run in-process by tests with captured output.
/// </summary>
public sealed class CliEnvironment
{
    /// <summary>Standard output; control characters in what is written come out as visible escapes (<see cref="Output.TerminalSafeWriter"/>).</summary>
    public required TextWriter Out { get => _out; init => _out = Output.TerminalSafeWriter.Wrap(value); }

    /// <summary>Standard error, neutralised like <see cref="Out"/>.</summary>
    public required TextWriter Error { get => _error; init => _error = Output.TerminalSafeWriter.Wrap(value); }

    /// <summary>Standard output as given: only for escape codes of our own (colours).</summary>
    internal TextWriter RawOut => Output.TerminalSafeWriter.Unwrap(_out);

    private readonly TextWriter _out = TextWriter.Null;
    private readonly TextWriter _error = TextWriter.Null;
    public required TextReader In { get; init; }
    public bool OutputIsTerminal { get; init; }
    public bool InputIsTerminal { get; init; }
    /// <summary>True when stderr is a terminal: only then is indexing progress shown (<see cref="Output.IndexProgressDisplay"/>).</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>How long indexing runs before its progress is shown; zero shows it from the start (tests).</summary>
    internal TimeSpan ProgressDelay { get; init; } = TimeSpan.FromSeconds(1);
    public required Func<string, string?> GetVariable { get; init; }
    public required string CurrentDirectory { get; init; }
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>How the search index file is used; tests put failure seams here (full disk, read-only file).</summary>
    internal Playbooks.Search.Storage.IndexStoreOptions IndexStorage { get; init; } = Playbooks.Search.Storage.IndexStoreOptions.Default;

    /// <summary>
    /// Rich console over <see cref="Out"/>; plain (no colour, no cursor codes) when NO_COLOR is set or output is not a
    /// terminal, and then laid out for COLUMNS cells (<see cref="Output.Layout.PipedWidth"/>).
    /// </summary>
    public IAnsiConsole Console => _console ??= CreateConsole(Out, OutputIsTerminal);
    public IAnsiConsole ErrorConsole => _errorConsole ??= CreateConsole(Error, ErrorIsTerminal);

    private IAnsiConsole? _console;
    private IAnsiConsole? _errorConsole;

    /// <summary>
    /// Asks for missing values (<c>playbooks new</c> in a terminal): Spectre prompts on <see cref="Console"/> unless a
    /// test supplies a scripted one. Only used when <see cref="InputIsTerminal"/> and <see cref="OutputIsTerminal"/>.
    /// </summary>
    internal Input.IPrompter Prompter { get => _prompter ??= new Input.SpectrePrompter(Console); init => _prompter = value; }

    private Input.IPrompter? _prompter;

    public bool ColorEnabled => OutputIsTerminal && string.IsNullOrEmpty(GetVariable("NO_COLOR"));

    public static CliEnvironment FromProcess()
    {
        var utf8 = new System.Text.UTF8Encoding(false);
        System.Console.OutputEncoding = utf8;
        System.Console.InputEncoding = utf8;
        return new CliEnvironment
        {
            Out = System.Console.Out,
            Error = System.Console.Error,
            In = System.Console.In,
            OutputIsTerminal = !System.Console.IsOutputRedirected,
            InputIsTerminal = !System.Console.IsInputRedirected,
            ErrorIsTerminal = !System.Console.IsErrorRedirected,
            GetVariable = Environment.GetEnvironmentVariable,
            CurrentDirectory = Environment.CurrentDirectory,
        };
    }

    private IAnsiConsole CreateConsole(TextWriter writer, bool terminal)
    {
        var color = terminal && string.IsNullOrEmpty(GetVariable("NO_COLOR"));
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = color ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = color ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
            // Spectre writes its own escape codes: it gets the raw writer, and its text is neutralised by a render hook.
            Out = new AnsiConsoleOutput(Output.TerminalSafeWriter.Unwrap(writer)),
        });
        console.Pipeline.Attach(new Output.NeutralizingRenderHook());
        if (!terminal)
            console.Profile.Width = Output.Layout.PipedWidth.From(GetVariable("COLUMNS"));
        return console;
    }
}
