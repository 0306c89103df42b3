namespace Playbooks.Cli.Tests.Support;

/// <summary>
/// Runs <c>playbooks</c> commands in-process through <see cref="CliApp.RunAsync"/>, with captured streams,
/// a fixed clock and only the environment variables a test sets (the test process's own are never read).
/// </summary>
internal sealed class CliRunner(string currentDirectory)
{
    /// <summary>"Now" for every run: after the bundled playbooks' updated dates, so none is in the future or outdated.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    public string CurrentDirectory { get; } = currentDirectory;

    public Dictionary<string, string> Variables { get; } = new(StringComparer.Ordinal);

    /// <summary>Pretend stdout is a terminal; off by default, as when output is piped.</summary>
    public bool OutputIsTerminal { get; init; }

    /// <summary>Pretend stdin is a terminal; off by default, as in CI.</summary>
    public bool InputIsTerminal { get; init; }

    /// <summary>Pretend stderr is a terminal (where indexing progress shows); off by default.</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>How long indexing runs before its progress shows (one second, as for users, unless a test says).</summary>
    public TimeSpan ProgressDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>What the command reads from standard input (for <c>-</c> arguments).</summary>
    public string Input { get; set; } = "";

    /// <summary>Answers prompts in place of a person; null keeps the real (Spectre) prompts.</summary>
    public Playbooks.Cli.Input.IPrompter? Prompter { get; init; }

    /// <summary>How the search index file is used; hostile-machine tests inject SQLite failures here.</summary>
    public Playbooks.Search.Storage.IndexStoreOptions IndexStorage { get; init; } = Playbooks.Search.Storage.IndexStoreOptions.Default;

    public async Task<CliResult> RunAsync(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var env = new CliEnvironment
        {
            Out = output,
            Error = error,
            In = new StringReader(Input),
            OutputIsTerminal = OutputIsTerminal,
            InputIsTerminal = InputIsTerminal,
            ErrorIsTerminal = ErrorIsTerminal,
            ProgressDelay = ProgressDelay,
            Prompter = Prompter!, // null leaves CliEnvironment its own (Spectre) prompter
            GetVariable = name => Variables.GetValueOrDefault(name),
            CurrentDirectory = CurrentDirectory,
            Clock = new FixedClock(Now),
            IndexStorage = IndexStorage,
        };

        var exitCode = await CliApp.RunAsync(args, env);
        return new CliResult(exitCode, Normalize(output.ToString()), Normalize(error.ToString()));
    }

    // Spectre writes Environment.NewLine itself; fold it so assertions read the same on every platform.
    private static string Normalize(string text) => text.Replace("\r\n", "\n");
}

/// <summary>What one command run produced.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    public IReadOnlyList<string> OutLines => Lines(Out);

    public IReadOnlyList<string> ErrorLines => Lines(Error);

    private static string[] Lines(string text) => text.TrimEnd('\n').Split('\n');
}

/// <summary>A clock stopped at one instant, in UTC so "today" does not depend on the machine's time zone.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
