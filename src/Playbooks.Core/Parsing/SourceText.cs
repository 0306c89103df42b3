using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Playbooks.Core.Parsing;

/// <summary>
/// Decodes a playbook file's bytes: strict UTF-8 (with or without BOM), or UTF-16 with its byte order mark (Windows
/// Notepad's "Unicode", which the mark names unambiguously); line endings folded to <c>\n</c> so line numbers are the
/// same on every platform. Other encodings (GBK above all) are not guessed: the same bytes read as several of them.
/// </summary>
public static class SourceText
{
    /// <summary>Files larger than this are rejected: a playbook is a page, not a dump (1 MiB).</summary>
    public const int MaxBytes = 1024 * 1024;

    public readonly record struct DecodeResult(string? Text, int InvalidByteOffset, int InvalidLine);

    /// <summary>
    /// Returns the text, or (when the bytes are not UTF-8) the offset in the file (BOM included) and the
    /// 1-based line of the first invalid byte.
    /// </summary>
    public static DecodeResult Decode(ReadOnlySpan<byte> bytes)
    {
        if (Utf16(bytes) is { } encoding)
            return DecodeUtf16(bytes, encoding);
        var bom = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        bytes = bytes[bom..];

        var chars = ArrayPool<char>.Shared.Rent(bytes.Length + 1);
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                var line = 1 + bytes[..read].Count((byte)'\n');
                return new DecodeResult(null, bom + read, line);
            }
            return new DecodeResult(NormalizeNewlines(new string(chars, 0, written)), -1, 0);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>
    /// The UTF-16 byte order a file's mark names, or null. FF FE 00 00 is UTF-32's mark, not UTF-16 text starting with a
    /// NUL: left to fail as not UTF-8.
    /// </summary>
    private static UnicodeEncoding? Utf16(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) && !bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) ? LittleEndian
        : bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? BigEndian
        : null;

    private static readonly UnicodeEncoding LittleEndian = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding BigEndian = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    private static DecodeResult DecodeUtf16(ReadOnlySpan<byte> bytes, UnicodeEncoding encoding)
    {
        var body = bytes[2..];
        try
        {
            // An odd byte count or a lone surrogate is not UTF-16 after all: reported at the line where it stops.
            if (body.Length % 2 != 0)
                throw new DecoderFallbackException();
            return new DecodeResult(NormalizeNewlines(encoding.GetString(body)), -1, 0);
        }
        catch (DecoderFallbackException ex)
        {
            var at = (ex.Index >= 0 ? Math.Min(ex.Index, body.Length) : body.Length) & ~1;
            var newline = ReferenceEquals(encoding, LittleEndian) ? (ReadOnlySpan<byte>)[0x0A, 0x00] : [0x00, 0x0A];
            var line = 1;
            for (var i = 0; i + 1 < at; i += 2)
                line += body.Slice(i, 2).SequenceEqual(newline) ? 1 : 0;
            return new DecodeResult(null, 2 + at, line);
        }
    }

    /// <summary>CRLF and lone CR become LF.</summary>
    public static string NormalizeNewlines(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;

    /// <summary>Strict UTF-8 decoding for callers that want an exception instead of a result.</summary>
    public static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}
