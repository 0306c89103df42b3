using System.Text;
using Playbooks.Core.Parsing;

namespace Playbooks.Cli.Output;

/// <summary>
/// The one place terminal output is made safe: every character of <see cref="ControlCharacters"/> (ESC, C1, bidi
/// overrides…) written through it comes out as a visible escape such as <c>\u001b</c>, so a playbook title cannot
/// retitle the terminal, hide text or reverse a line. A visible escape was chosen over U+FFFD because it tells the
/// reader which character the file holds (lint names it the same way). JSON passes through here too; the serializer
/// has already escaped controls, and a raw bidi character becomes <c>\u202e</c>, the same string to a JSON reader.
/// Our own colour codes bypass it through <see cref="CliEnvironment.RawOut"/>; Spectre's go through its console,
/// whose text is neutralised by <see cref="NeutralizingRenderHook"/>.
/// </summary>
internal sealed class TerminalSafeWriter : TextWriter
{
    private readonly TextWriter _inner;

    private TerminalSafeWriter(TextWriter inner)
    {
        _inner = inner;
        CoreNewLine = inner.NewLine.ToCharArray();
    }

    public TextWriter Inner => _inner;

    public static TextWriter Wrap(TextWriter writer) => writer is TerminalSafeWriter ? writer : new TerminalSafeWriter(writer);

    public static TextWriter Unwrap(TextWriter writer) => writer is TerminalSafeWriter safe ? safe._inner : writer;

    public override Encoding Encoding => _inner.Encoding;

    public override void Write(char value)
    {
        if (ControlCharacters.IsForbidden(value))
            _inner.Write(ControlCharacters.Neutralize(value.ToString()));
        else
            _inner.Write(value);
    }

    public override void Write(string? value) => _inner.Write(value is null ? null : ControlCharacters.Neutralize(value));

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Flush() => _inner.Flush();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            _inner.Flush();
        base.Dispose(disposing);
    }
}
