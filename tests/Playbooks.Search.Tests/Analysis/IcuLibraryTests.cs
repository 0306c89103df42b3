using Playbooks.Search.Analysis;

namespace Playbooks.Search.Tests.Analysis;

public sealed class IcuLibraryTests
{
    [Fact]
    public void Finds_the_system_icu_without_icu_net_and_names_the_version_icu_net_reports()
    {
        // The version keys the cached character tables: a different spelling would rebuild them for nothing.
        var library = IcuLibrary.Find();

        Assert.NotNull(library);
        Assert.Equal(IcuRuntime.Version, library.Version);
    }

    [Theory]
    [InlineData(72, 1, 0, 0, "72.1")]
    [InlineData(74, 2, 1, 0, "74.2.1")]
    [InlineData(70, 0, 0, 3, "70.0.0.3")]
    [InlineData(76, 0, 0, 0, "76.0")]
    public void Spells_a_version_as_icu_net_does(byte major, byte minor, byte milli, byte micro, string expected)
    {
        Assert.Equal(expected, IcuLibrary.Format(major, minor, milli, micro));
    }
}
