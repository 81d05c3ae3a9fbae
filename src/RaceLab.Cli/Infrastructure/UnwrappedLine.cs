using Spectre.Console;
using Spectre.Console.Rendering;

namespace RaceLab.Cli.Infrastructure;

/// <summary>
/// One line of styled text written whole, never folded at the console width. Error messages name files by
/// full path and Python positions as <c>file:line:column</c>; breaking them across lines (Spectre wraps every
/// <see cref="Text"/> at 80 columns when output is redirected) would defeat grep and editors that jump to them.
/// </summary>
internal sealed class UnwrappedLine(IEnumerable<(string Text, Style Style)> parts) : Renderable
{
    protected override Measurement Measure(RenderOptions options, int maxWidth)
    {
        var width = parts.Sum(part => new Segment(part.Text).CellCount());
        return new Measurement(width, width);
    }

    protected override IEnumerable<Segment> Render(RenderOptions options, int maxWidth)
    {
        foreach (var (text, style) in parts)
        {
            yield return new Segment(text, style);
        }

        yield return Segment.LineBreak;
    }
}
