using System.Text.Json;
using Playbooks.Cli.Tests.Support;

namespace Playbooks.Cli.Tests;

/// <summary>The knowledge base shipped in the repository's playbooks/ folder, read the way an operator would from the repo root.</summary>
public sealed class BundledKnowledgeBaseTests
{
    private readonly CliRunner _cli = new(RepositoryPaths.Root);

    [Fact]
    public async Task Lints_without_errors()
    {
        var result = await _cli.RunAsync("lint");

        Assert.True(result.ExitCode == 0, result.Out);
        Assert.DoesNotContain(result.OutLines, l => l.Contains(": 错误: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Lists_thirty_playbooks_with_unique_ids()
    {
        var result = await _cli.RunAsync("list", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var items = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(30, items.Count);
        Assert.All(items, p => Assert.Equal("playbook", p.GetProperty("kind").GetString()));
        Assert.Equal(30, items.Select(p => p.GetProperty("id").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task Lists_the_six_guides_when_asked()
    {
        var result = await _cli.RunAsync("list", "--json", "--guides");

        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(6, json.RootElement.EnumerateArray().Count(p => p.GetProperty("kind").GetString() == "guide"));
    }

    [Fact]
    public async Task Every_bundled_playbook_has_all_five_sections_and_steps()
    {
        var list = await _cli.RunAsync("list", "--json");
        using var catalog = JsonDocument.Parse(list.Out);

        foreach (var id in catalog.RootElement.EnumerateArray().Select(p => p.GetProperty("id").GetString()!))
        {
            var result = await _cli.RunAsync("show", id, "--json");

            Assert.Equal(0, result.ExitCode);
            using var json = JsonDocument.Parse(result.Out);
            Assert.Equal(5, json.RootElement.GetProperty("sections").GetArrayLength());
            Assert.True(json.RootElement.GetProperty("handlingSteps").GetArrayLength() >= 2, id);
        }
    }
}
