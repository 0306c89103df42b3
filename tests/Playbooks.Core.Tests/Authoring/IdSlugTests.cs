using Playbooks.Core.Authoring;

namespace Playbooks.Core.Tests.Authoring;

public sealed class IdSlugTests
{
    [Fact]
    public void Joins_words_with_single_hyphens_in_lower_case()
    {
        Assert.Equal("app-fuwu-dangji", IdSlug.FromWords(["App", "fuwu", "dangji"]));
    }

    [Fact]
    public void Keeps_at_most_four_words()
    {
        Assert.Equal("qun-maochong-zhujiao-fa", IdSlug.FromWords(["qun", "maochong", "zhujiao", "fa", "mingpian", "laren"]));
    }

    [Fact]
    public void Stops_before_a_word_that_would_pass_the_length_limit()
    {
        var id = IdSlug.FromWords(["zhibojian", "turanheiping", "guanzhongshuaping", "wen"]);

        Assert.Equal("zhibojian-turanheiping", id);
        Assert.True(id.Length <= IdSlug.MaxLength);
    }

    [Fact]
    public void Cuts_a_single_word_longer_than_the_limit()
    {
        Assert.Equal(new string('a', IdSlug.MaxLength), IdSlug.FromWords([new string('a', 50)]));
    }

    [Fact]
    public void Folds_accents_and_splits_on_other_characters()
    {
        Assert.Equal("cafe-kol-b-zhan", IdSlug.FromWords(["Café", "KOL", "b站", "zhan"]));
    }

    [Fact]
    public void Drops_a_trailing_number_that_would_read_like_a_collision_suffix()
    {
        Assert.Equal("jingpin-xiaohao-hunjin", IdSlug.FromWords(["jingpin", "xiaohao", "hunjin", "0", "yuan"]));
    }

    [Fact]
    public void Keeps_a_number_inside_the_id()
    {
        Assert.Equal("618-dacu-youhuiquan", IdSlug.FromWords(["618", "dacu", "youhuiquan"]));
    }

    [Fact]
    public void Falls_back_to_a_fixed_word_when_nothing_spells_in_ascii()
    {
        Assert.Equal("playbook", IdSlug.FromWords(["🔥", "！！"]));
    }

    [Theory]
    [InlineData("con")]
    [InlineData("nul")]
    [InlineData("com1")]
    public void Never_suggests_a_windows_device_name(string word)
    {
        Assert.Equal($"{word}-playbook", IdSlug.FromWords([word]));
    }

    [Theory]
    [InlineData("bot-flood")]
    [InlineData("live-stream-accident")]
    public void Produces_ids_lint_accepts(string expected)
    {
        var id = IdSlug.FromWords(expected.Split('-'));

        Assert.Equal(expected, id);
        Assert.True(PlaybookId.IsValid(id));
    }
}
