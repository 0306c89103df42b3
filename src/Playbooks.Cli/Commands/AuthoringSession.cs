using System.CommandLine;
using Playbooks.Core;
using Playbooks.Core.Authoring;
using Playbooks.Core.KnowledgeBase;
using Playbooks.Core.Model;
using Playbooks.Core.Parsing;
using Playbooks.Core.Settings;
using Playbooks.Search.Analysis;
using Playbooks.Search.Authoring;
using Playbooks.Search.Lexicons;

namespace Playbooks.Cli.Commands;

/// <summary>
/// What <c>new</c> and <c>import</c> share: the knowledge base they write into, the ids it already uses, today's
/// date in the command's clock, and the pinyin id suggester (built on first use: it loads ICU and the lexicon).
/// </summary>
internal sealed class AuthoringSession : IDisposable
{
    private PinyinIdSuggester? _suggester;

    private AuthoringSession(string root, string fullRoot, bool explicitRoot, LoadedKnowledgeBase knowledgeBase, DateOnly today, SeverityScale severities)
    {
        SeverityLabels = severities;
        Root = root;
        FullRoot = fullRoot;
        ExplicitRoot = explicitRoot;
        KnowledgeBase = knowledgeBase;
        Ids = IdRegistry.From(knowledgeBase);
        Today = today;
    }

    /// <summary>The knowledge base folder as the user gave it (paths shown to the user start with it).</summary>
    public string Root { get; }
    public string FullRoot { get; }
    /// <summary>True when --playbooks named the folder, so commands suggested next must name it too.</summary>
    public bool ExplicitRoot { get; }
    public LoadedKnowledgeBase KnowledgeBase { get; }
    public IdRegistry Ids { get; }
    public DateOnly Today { get; }
    /// <summary>The severity labels this knowledge base understands: the built-in ones plus its <c>playbooks.yml</c>'s.</summary>
    public SeverityScale SeverityLabels { get; }

    // Ids come from the team's own lexicon only, as before the built-in base existed: a new tool version must not
    // change the id suggested for the same title (ids are file names other files link to).
    public IIdSuggester Suggester => _suggester ??= new PinyinIdSuggester(LexiconLoader.Load(FullRoot, TextNormalizer.Shared, BaseLexicon.None));

    /// <summary>" --playbooks DIR" when the folder was given explicitly, for the next-step commands printed.</summary>
    public string KnowledgeBaseArgument => ExplicitRoot ? $" --playbooks {Quote(Root)}" : "";

    public static AuthoringSession Open(ParseResult parse, CliEnvironment env)
    {
        var root = CliOptions.ResolveKnowledgeBase(parse, env);
        var loaded = new KnowledgeBaseLoader(new PlaybookParser(env.Clock)).Load(root, env.CurrentDirectory);
        var today = DateOnly.FromDateTime(env.Clock.GetLocalNow().DateTime);
        var fullRoot = Path.GetFullPath(root, env.CurrentDirectory);
        return new AuthoringSession(root, fullRoot,
            !string.IsNullOrWhiteSpace(CliOptions.PlaybooksValue(parse)), loaded, today, SettingsFile.Load(fullRoot, root).Severity);
    }

    /// <summary>A knowledge-base-relative path as the user sees it.</summary>
    public string DisplayPath(string relative) => Path.Combine(Root, relative).Replace('\\', '/');

    public string FullPath(string relative) => Path.Combine(FullRoot, relative);

    /// <summary>Creates a new file inside the knowledge base, atomically and never through a symbolic link.</summary>
    public void CreateNew(string relative, string text) => AtomicFile.CreateNew(FullRoot, relative, text, Root);

    /// <summary>
    /// Parses --severity with the team's own labels from <c>playbooks.yml</c> on top of the built-in ones (a team that
    /// declares 红灯 writes 红灯 everywhere else too); an unknown value is a usage error naming the accepted ones.
    /// </summary>
    public Severity? ParseSeverity(string? text, string option)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (SeverityLabels.TryParse(text, out var severity))
            return severity;
        throw new PlaybooksException($"{option} 的值“{text.Trim()}”无效",
            $"改成 {Severities.AcceptedValues} 之一，或本团队在 playbooks.yml 的 severity 里声明的写法", option, ErrorKind.BadValue);
    }

    /// <summary>
    /// <paramref name="text"/> as written when it is the team's own label (declared in <c>playbooks.yml</c> and not a
    /// built-in label of the same level), so the file keeps the team's word; null for a built-in label, which is
    /// written as its canonical name as before.
    /// </summary>
    public string? TeamSeverityLabel(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || !SeverityLabels.TryParse(text, out var team))
            return null;
        return SeverityScale.Builtin.TryParse(text, out var builtin) && builtin == team ? null : text.Trim();
    }

    /// <summary>Wraps a value in double quotes when a shell would split it.</summary>
    public static string Quote(string value) =>
        value.Length > 0 && value.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '/' or '.') ? value : $"\"{value.Replace("\"", "\\\"")}\"";

    public void Dispose() => _suggester?.Dispose();
}
