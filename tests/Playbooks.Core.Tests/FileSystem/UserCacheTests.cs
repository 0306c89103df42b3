using Playbooks.Core.FileSystem;

namespace Playbooks.Core.Tests.FileSystem;

public sealed class UserCacheTests
{
    [Fact]
    public void Lives_under_XDG_CACHE_HOME_when_it_is_an_absolute_path()
    {
        var xdg = Path.Combine(Path.GetTempPath(), "xdg-cache");

        Assert.Equal(Path.Combine(xdg, "playbooks"), UserCache.Folder(name => name == "XDG_CACHE_HOME" ? xdg : null));
    }

    [Fact]
    public void Ignores_a_relative_XDG_CACHE_HOME_as_the_specification_says()
    {
        var folder = UserCache.Folder(name => name == "XDG_CACHE_HOME" ? "relative/cache" : null);

        Assert.True(folder is null || (Path.IsPathFullyQualified(folder) && !folder.Contains("relative")), folder);
    }
}
