using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Playbooks.Core.Parsing;

/// <summary>
/// Decodes a playbook file's bytes: strict UTF-8 (with or without BOM), line endings folded to
/// <c>\n</c> so line numbers are the same on every platform.
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

    /// <summary>CRLF and lone CR become LF.</summary>
    public static string NormalizeNewlines(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;

    /// <summary>Strict UTF-8 decoding for callers that want an exception instead of a result.</summary>
    public static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}
