using Playbooks.Search.Analysis;

namespace Playbooks.Search.Tests.Analysis;

public sealed class SegmentationPiecesTests
{
    private static List<string> Pieces(string text)
    {
        var pieces = new List<string>();
        for (int start = 0, end; start < text.Length; start = end)
        {
            end = SegmentationPieces.PieceEnd(text, start);
            pieces.Add(text[start..end]);
        }
        return pieces;
    }

    [Fact]
    public void Cuts_after_spaces_and_sentence_marks_before_han_latin_or_digits()
    {
        Assert.Equal(["群里有人刷屏。", "马上禁言、", "踢人! ", "app ", "闪退? ", "3 ", "分钟内"], Pieces("群里有人刷屏。马上禁言、踢人! app 闪退? 3 分钟内"));
    }

    [Fact]
    public void Never_cuts_at_commas_or_full_stops_which_join_numbers()
    {
        Assert.Equal(["满1,000减3.5,再减2;群里"], Pieces("满1,000减3.5,再减2;群里"));
    }

    [Fact]
    public void Cuts_after_commas_semicolons_and_colons_between_han_characters()
    {
        Assert.Equal(["群里有人刷屏,", "马上禁言;", "客服:", "排队"], Pieces("群里有人刷屏,马上禁言;客服:排队"));
        Assert.Equal(["刷屏,app,3,闪退"], Pieces("刷屏,app,3,闪退"));
    }

    [Fact]
    public void Never_cuts_before_a_combining_mark_or_joiner_that_attaches_to_the_character_before()
    {
        Assert.Equal(["a \u0301b。\u200d群"], Pieces("a \u0301b。\u200d群"));
    }

    [Fact]
    public void Keeps_runs_of_spaces_and_text_without_cuts_whole()
    {
        Assert.Equal(["群里   ", "刷屏"], Pieces("群里   刷屏"));
        Assert.Equal(["😂😂"], Pieces("😂😂"));
    }
}
