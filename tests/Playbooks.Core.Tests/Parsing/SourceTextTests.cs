using System.Text;
using Playbooks.Core.Parsing;

namespace Playbooks.Core.Tests.Parsing;

public sealed class SourceTextTests
{
    static SourceTextTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Drops_the_byte_order_mark()
    {
        var decoded = SourceText.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("---\nid: a\n")]);

        Assert.Equal("---\nid: a\n", decoded.Text);
    }

    [Fact]
    public void Folds_crlf_and_lone_cr_to_lf()
    {
        var decoded = SourceText.Decode(Encoding.UTF8.GetBytes("一\r\n二\r三\n四"));

        Assert.Equal("一\n二\n三\n四", decoded.Text);
    }

    [Fact]
    public void Locates_the_first_byte_that_is_not_utf8()
    {
        // "群" is C8 BA in GBK, which happens to be a valid UTF-8 pair; "里" (C0 EF) is not.
        var gbk = Encoding.GetEncoding("GBK").GetBytes("---\ntitle: 群里\n");

        var decoded = SourceText.Decode(gbk);

        Assert.Null(decoded.Text);
        Assert.Equal((13, 2), (decoded.InvalidByteOffset, decoded.InvalidLine));
    }

    [Fact]
    public void Counts_the_byte_order_mark_in_the_offset_of_a_bad_byte()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, (byte)'a', (byte)'\n', 0xFF];

        var decoded = SourceText.Decode(bytes);

        Assert.Equal((5, 2), (decoded.InvalidByteOffset, decoded.InvalidLine));
    }

    [Fact]
    public void Rejects_a_sequence_cut_off_at_the_end()
    {
        var bytes = Encoding.UTF8.GetBytes("广告")[..^1];

        var decoded = SourceText.Decode(bytes);

        Assert.Null(decoded.Text);
        Assert.Equal(3, decoded.InvalidByteOffset);
    }
}
