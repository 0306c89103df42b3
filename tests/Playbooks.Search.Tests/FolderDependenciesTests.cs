using System.Text.RegularExpressions;
using Playbooks.Search.Tests.Support;

namespace Playbooks.Search.Tests;

/// <summary>
/// The folders of Playbooks.Search are layers: each may use the ones below it, never one above. Read from the source
/// (using directives, qualified names, the root's types), so a change that closes a cycle fails here, not in review.
/// </summary>
public sealed partial class FolderDependenciesTests
{
    private static readonly string Source = Path.Combine(RepositoryPaths.Root, "src", "Playbooks.Search");

    /// <summary>
    /// Folders that are one layer in two places. The analyzer is made from a lexicon, and a lexicon's words are cut by
    /// the analyzer's first stage (so a word in a file matches the same word in a playbook): one is no use without the other.
    /// </summary>
    private static readonly Dictionary<string, string> SameLayer = new(StringComparer.Ordinal) { ["Lexicons"] = "Analysis" };

    [Fact]
    public void Folders_use_each_other_without_cycles()
    {
        var graph = Layered(Dependencies());

        var cycles = graph.Keys.Select(folder => CycleThrough(graph, folder)).OfType<string>().Distinct().ToList();

        Assert.True(cycles.Count == 0, "Folders that use each other: " + string.Join("; ", cycles));
    }

    [Fact]
    public void Storage_keeps_what_it_is_given_and_never_analyses_text()
    {
        var reachable = Reachable(Dependencies(), "Storage");

        Assert.DoesNotContain("Analysis", reachable);
        Assert.DoesNotContain("Lexicons", reachable);
        Assert.DoesNotContain("Indexing", reachable);
    }

    [Fact]
    public void Ranking_and_snippets_do_not_run_queries()
    {
        var graph = Dependencies();

        Assert.DoesNotContain("(root)", Reachable(graph, "Ranking"));
        Assert.DoesNotContain("(root)", Reachable(graph, "Snippets"));
    }

    [Fact]
    public void The_scan_sees_usings_qualified_names_and_the_root_types()
    {
        var graph = Dependencies();

        Assert.Contains("Storage", graph["Indexing"]); // using Playbooks.Search.Storage;
        Assert.Contains("Documents", graph["Storage"]); // using Playbooks.Search.Documents;
        Assert.Contains("Ranking", graph["(root)"]); // Searcher ranks
        Assert.True(graph.Count >= 10, $"only {graph.Count} folders found under {Source}");
    }

    /// <summary>Folder → folders its code names; files directly in the project are "(root)".</summary>
    private static Dictionary<string, HashSet<string>> Dependencies()
    {
        var files = Directory.EnumerateFiles(Source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Select(f => (Folder: FolderOf(f), Code: CodeOnly(File.ReadAllText(f))))
            .ToList();
        var folders = files.Select(f => f.Folder).Where(f => f != "(root)").ToHashSet(StringComparer.Ordinal);
        var rootTypes = files.Where(f => f.Folder == "(root)")
            .SelectMany(f => TypeDeclaration().Matches(f.Code).Select(m => m.Groups[1].Value))
            .ToList();

        var graph = files.Select(f => f.Folder).Distinct().ToDictionary(f => f, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var (folder, code) in files)
        {
            foreach (Match m in NamespaceReference().Matches(code))
                graph[folder].Add(m.Groups[1].Value);
            // Inside Playbooks.Search a sibling namespace may be named without the prefix (Documents.IndexedFields).
            foreach (Match m in PartialReference().Matches(code))
                if (folders.Contains(m.Groups[1].Value))
                    graph[folder].Add(m.Groups[1].Value);
            // The root namespace encloses every folder's, so its types need no using at all.
            if (folder != "(root)" && rootTypes.Any(t => Regex.IsMatch(code, $@"\b{t}\b")))
                graph[folder].Add("(root)");
            graph[folder].Remove(folder);
        }
        return graph;
    }

    private static string FolderOf(string file)
    {
        var relative = Path.GetRelativePath(Source, file).Split(Path.DirectorySeparatorChar);
        return relative.Length == 1 ? "(root)" : relative[0];
    }

    /// <summary>The source without comments and string literals, which name folders without depending on them.</summary>
    private static string CodeOnly(string source) =>
        StringLiteral().Replace(Comment().Replace(source, ""), "\"\"");

    private static Dictionary<string, HashSet<string>> Layered(Dictionary<string, HashSet<string>> graph)
    {
        string Layer(string folder) => SameLayer.GetValueOrDefault(folder) ?? folder;
        var layered = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (folder, uses) in graph)
        {
            var set = layered.TryGetValue(Layer(folder), out var existing) ? existing : layered[Layer(folder)] = new(StringComparer.Ordinal);
            set.UnionWith(uses.Select(Layer).Where(u => u != Layer(folder)));
        }
        return layered;
    }

    /// <summary>The shortest cycle from <paramref name="start"/> back to itself, written "A → B → A"; null when none.</summary>
    private static string? CycleThrough(Dictionary<string, HashSet<string>> graph, string start)
    {
        var previous = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>([start]);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var next in graph.GetValueOrDefault(node) ?? [])
            {
                if (next == start)
                {
                    var path = new List<string> { start };
                    for (var at = node; at != start; at = previous[at])
                        path.Insert(1, at);
                    // Start the cycle at its alphabetically first folder, so each cycle is reported once.
                    var first = path.IndexOf(path.Min(StringComparer.Ordinal)!);
                    var rotated = path.Skip(first).Concat(path.Take(first)).ToList();
                    return string.Join(" → ", rotated.Append(rotated[0]));
                }
                if (next != start && previous.TryAdd(next, node))
                    queue.Enqueue(next);
            }
        }
        return null;
    }

    private static HashSet<string> Reachable(Dictionary<string, HashSet<string>> graph, string start)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>([start]);
        while (stack.Count > 0)
            foreach (var next in graph.GetValueOrDefault(stack.Pop()) ?? [])
                if (seen.Add(next))
                    stack.Push(next);
        seen.Remove(start);
        return seen;
    }

    [GeneratedRegex(@"\bPlaybooks\.Search\.([A-Z]\w*)")]
    private static partial Regex NamespaceReference();

    [GeneratedRegex(@"(?<![\w.])([A-Z]\w*)\.[A-Z]\w*")]
    private static partial Regex PartialReference();

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum)\s+(?:struct\s+|class\s+)?([A-Z]\w*)")]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"//.*$", RegexOptions.Multiline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"""(?:[^""\\\n]|\\.)*""")]
    private static partial Regex StringLiteral();
}
