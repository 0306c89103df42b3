namespace Playbooks.Core.Tests;

public sealed class ErrorKindTests
{
    [Fact]
    public void Every_code_is_unique_and_kebab_case()
    {
        var codes = ErrorKind.All.Select(k => k.Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, code => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", code));
    }

    [Fact]
    public void A_wrong_command_line_exits_2_and_the_users_situation_exits_1()
    {
        Assert.Equal(2, ErrorKind.BadValue.ExitCode);
        Assert.Equal(2, ErrorKind.UnknownOption.ExitCode);
        Assert.Equal(2, ErrorKind.EmptyQuery.ExitCode);
        Assert.Equal(1, ErrorKind.UnknownId.ExitCode);
        Assert.Equal(1, ErrorKind.MissingDirectory.ExitCode);
        Assert.All(ErrorKind.All, k => Assert.Equal(k.IsUsage ? 2 : 1, k.ExitCode));
    }

    [Fact]
    public void An_exception_takes_its_code_from_its_kind()
    {
        var error = new PlaybooksException("找不到 id 为“x”的预案", "用 playbooks list 查看全部 id", null, ErrorKind.UnknownId);

        Assert.Equal("unknown-id", error.Code);
    }
}
