using Playbooks.Site.Tests.Support;

namespace Playbooks.Site.Tests.Generation;

/// <summary>Same input, same bytes: pages render in parallel, but nothing about a build leaks into its output.</summary>
public sealed class DeterminismTests(Sites sites)
{
    [Fact]
    public async Task Two_builds_of_the_bundled_knowledge_base_are_byte_identical()
    {
        var first = await sites.Bundled;
        using var second = await BuiltSite.BuildAsync(RepositoryPaths.BundledPlaybooks);

        Assert.Equal(first.Files(), second.Files());
        foreach (var file in first.Files())
            Assert.True(File.ReadAllBytes(first.PathOf(file)).AsSpan().SequenceEqual(File.ReadAllBytes(second.PathOf(file))), $"{file} differs between builds");
    }
}
