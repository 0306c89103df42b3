using Playbooks.Core.Parsing;
using Spectre.Console.Rendering;

namespace Playbooks.Cli.Output;

/// <summary>
/// <see cref="TerminalSafeWriter"/> for Spectre consoles: Spectre writes its own escape codes (colour, cursor), so its
/// writer cannot be filtered; instead the text of every segment it renders is neutralised before it is written.
/// </summary>
internal sealed class NeutralizingRenderHook : IRenderHook
{
    public IEnumerable<IRenderable> Process(RenderOptions options, IEnumerable<IRenderable> renderables) =>
        renderables.Select(r => (IRenderable)new Neutralized(r));

    private sealed class Neutralized(IRenderable inner) : IRenderable
    {
        public Measurement Measure(RenderOptions options, int maxWidth) => inner.Measure(options, maxWidth);

        public IEnumerable<Segment> Render(RenderOptions options, int maxWidth) =>
            inner.Render(options, maxWidth).Select(segment =>
                segment.IsControlCode || segment.IsLineBreak || !ControlCharacters.Contains(segment.Text)
                    ? segment
                    : new Segment(ControlCharacters.Neutralize(segment.Text), segment.Style));
    }
}
