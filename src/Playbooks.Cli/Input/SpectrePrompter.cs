using Spectre.Console;

namespace Playbooks.Cli.Input;

/// <summary>Prompts with Spectre.Console: a text prompt showing the default, an arrow-key selection list.</summary>
internal sealed class SpectrePrompter(IAnsiConsole console) : IPrompter
{
    public string Ask(string question, string? defaultValue, Func<string, string?> validate)
    {
        // The default is shown in our own words: Spectre's "(default):" would follow the full-width colon.
        var label = Markup.Escape(question) + (defaultValue is null ? "" : $"，回车采用 [green]{Markup.Escape(defaultValue)}[/]");
        var prompt = new TextPrompt<string>(label + "：")
            .Validate(answer => validate(answer.Trim()) is { } error
                ? ValidationResult.Error($"[red]{Markup.Escape(error)}[/]")
                : ValidationResult.Success());
        if (defaultValue is not null)
            prompt.DefaultValue(defaultValue).HideDefaultValue();
        return console.Prompt(prompt).Trim();
    }

    public string Choose(string title, IReadOnlyList<string> choices)
    {
        var prompt = new SelectionPrompt<string>()
            .Title(Markup.Escape(title))
            .PageSize(Math.Clamp(choices.Count, 3, 12))
            .MoreChoicesText("[grey]（上下方向键查看更多）[/]")
            .UseConverter(Markup.Escape)
            .AddChoices(choices);
        var choice = console.Prompt(prompt);
        // The list disappears once chosen; echo the answer so the transcript shows every value.
        console.MarkupLine($"{Markup.Escape(title)}[green]{Markup.Escape(choice)}[/]");
        return choice;
    }
}
