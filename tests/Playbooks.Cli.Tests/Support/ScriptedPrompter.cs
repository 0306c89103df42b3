using Playbooks.Cli.Input;

namespace Playbooks.Cli.Tests.Support;

/// <summary>
/// Answers prompts from a script, as a person would type them, and records what was asked. An answer the prompt
/// rejects is recorded with the error and the next answer is tried, as a real prompt asks again. An empty answer
/// takes the default. Running out of answers fails the test.
/// </summary>
internal sealed class ScriptedPrompter(params string[] answers) : IPrompter
{
    private readonly Queue<string> _answers = new(answers);

    /// <summary>Each question in order, with the default offered ("标题" or "负责人 [社群运营主管]").</summary>
    public List<string> Asked { get; } = [];

    /// <summary>Validation errors shown, in order.</summary>
    public List<string> Errors { get; } = [];

    public string Ask(string question, string? defaultValue, Func<string, string?> validate)
    {
        Asked.Add(defaultValue is null ? question : $"{question} [{defaultValue}]");
        while (true)
        {
            var answer = Next(question);
            if (answer.Length == 0 && defaultValue is not null)
                answer = defaultValue;
            if (validate(answer) is not { } error)
                return answer;
            Errors.Add(error);
        }
    }

    public string Choose(string title, IReadOnlyList<string> choices)
    {
        Asked.Add($"{title} {{{string.Join("|", choices)}}}");
        var answer = Next(title);
        return choices.Contains(answer) ? answer : throw new InvalidOperationException($"“{answer}”不在选项中：{string.Join("、", choices)}");
    }

    private string Next(string question) =>
        _answers.TryDequeue(out var answer) ? answer.Trim() : throw new InvalidOperationException($"脚本没有准备“{question}”的回答");
}
