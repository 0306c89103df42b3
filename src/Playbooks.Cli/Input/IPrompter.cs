namespace Playbooks.Cli.Input;

/// <summary>
/// Asks the person at the terminal for a value. Commands only prompt when both stdin and stdout are terminals and
/// <c>--no-input</c> is absent; tests substitute a scripted prompter through <see cref="CliEnvironment.Prompter"/>.
/// </summary>
internal interface IPrompter
{
    /// <summary>One line of text, trimmed; asked again while <paramref name="validate"/> returns an error message.</summary>
    /// <param name="question">What to type, without a trailing colon.</param>
    /// <param name="defaultValue">Taken when the user just presses Enter; null to require an answer.</param>
    /// <param name="validate">Returns null when the answer is acceptable, else why not (shown to the user).</param>
    string Ask(string question, string? defaultValue, Func<string, string?> validate);

    /// <summary>One of <paramref name="choices"/>, picked with the arrow keys.</summary>
    string Choose(string title, IReadOnlyList<string> choices);
}
