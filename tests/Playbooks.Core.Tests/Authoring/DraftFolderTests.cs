using Playbooks.Core.Authoring;

namespace Playbooks.Core.Tests.Authoring;

public sealed class DraftFolderTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("community", "community")]
    [InlineData("community/live/", "community/live")]
    [InlineData("./community//live", "community/live")]
    [InlineData("_drafts", "_drafts")]
    public void Accepts_sub_folders_of_the_knowledge_base(string? given, string expected)
    {
        Assert.Equal(expected, DraftFolder.Validate(given, "--dir"));
    }

    [Theory]
    [InlineData("../outside", "子目录“../outside”必须在预案目录之内：不能含 ..")]
    [InlineData("community/../../x", "子目录“community/../../x”必须在预案目录之内：不能含 ..")]
    [InlineData("/etc", "子目录“/etc”必须在预案目录之内：不能是绝对路径")]
    [InlineData("~/notes", "子目录“~/notes”必须在预案目录之内：不能是绝对路径")]
    public void Rejects_folders_outside_the_knowledge_base_as_a_usage_error(string given, string message)
    {
        var error = Assert.Throws<PlaybooksException>(() => DraftFolder.Validate(given, "--dir"));

        Assert.Equal((message, "--dir", ErrorKind.BadValue), (error.Message, error.Location, error.Kind));
        Assert.Equal("写成相对预案目录的子目录，例如 community 或 community/live", error.Remedy);
    }

    [Fact]
    public void Rejects_hidden_folders_that_nothing_reads()
    {
        var error = Assert.Throws<PlaybooksException>(() => DraftFolder.Validate(".cache", "--dir"));

        Assert.Equal("子目录“.cache”以 . 开头（.cache），这样的目录不会被检查也不会被检索", error.Message);
    }

    [Theory]
    [InlineData("_drafts", true)]
    [InlineData("community/_old", true)]
    [InlineData("community", false)]
    [InlineData("", false)]
    public void Knows_which_folders_the_index_skips(string folder, bool ignored)
    {
        Assert.Equal(ignored, DraftFolder.IsIgnored(folder));
    }
}
