using System.Text.Json;
using Json.Schema;

namespace Playbooks.Tests.Shared;

/// <summary>
/// The JSON Schemas of docs/schemas, loaded once, for the tests of several test projects (linked into each): they run
/// the real commands and endpoints and check what comes out against the published contract. The schemas refer to one
/// another by their <c>$id</c>, so all are built with one registry.
/// </summary>
internal static class OutputSchemas
{
    private static readonly Lazy<Dictionary<string, JsonSchema>> Schemas = new(Load);

    /// <summary>docs/schemas in the repository: the nearest folder above the test binaries that holds Playbooks.sln.</summary>
    public static string Folder { get; } = FindFolder();

    /// <summary>Fails with every violation (where in the document, which keyword) when <paramref name="json"/> does not match.</summary>
    /// <param name="schema">The schema's file name without <c>.schema.json</c>, e.g. <c>search</c>.</param>
    public static void AssertValid(string schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = Schemas.Value[schema].Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
            return;
        var problems = (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}"));
        Assert.Fail($"Output does not match docs/schemas/{schema}.schema.json:\n{string.Join("\n", problems)}\n\n{json}");
    }

    private static Dictionary<string, JsonSchema> Load()
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        // Referenced schemas first: a $ref is resolved while the referring schema is built.
        var files = Directory.GetFiles(Folder, "*.schema.json")
            .OrderBy(f => Path.GetFileName(f) switch { "common.schema.json" => 0, "playbook.schema.json" => 1, _ => 2 })
            .ThenBy(f => f, StringComparer.Ordinal);
        var schemas = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        foreach (var file in files)
            schemas[Path.GetFileName(file)[..^".schema.json".Length]] = JsonSchema.FromFile(file, options);
        return schemas;
    }

    private static string FindFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "Playbooks.sln")))
                return Path.Combine(folder.FullName, "docs", "schemas");
        throw new InvalidOperationException($"No Playbooks.sln above {AppContext.BaseDirectory}.");
    }
}
