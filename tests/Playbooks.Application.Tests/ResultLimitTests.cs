using Playbooks.Core;

namespace Playbooks.Application.Tests;

public sealed class ResultLimitTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(ResultLimit.Default)]
    [InlineData(ResultLimit.Max)]
    public void Accepts_one_to_a_hundred(int limit) => Assert.Equal(limit, ResultLimit.Check(limit));

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(ResultLimit.Max + 1)]
    public void Refuses_anything_else_in_words_that_name_no_option(int limit)
    {
        var error = Assert.Throws<PlaybooksException>(() => ResultLimit.Check(limit));

        Assert.Equal(($"结果条数应在 1 到 100 之间，实际是 {limit}", "bad-limit"), (error.Message, error.Code));
        Assert.DoesNotContain("--", error.Remedy);
    }
}
