using Spectre.Console;
using Spectre.Console.Rendering;

namespace RaceLab.Cli.Infrastructure;

/// <summary>
/// Text that comes from the user's program — its output, names, values, exception messages, dis lines — shown in a
/// report. <see cref="Markup.Escape"/> is not enough for it: Spectre's markup also turns shortcodes such as
/// <c>:lock:</c> into emoji (logging's <c>INFO:lock:taken</c> printed a padlock) and has no escape for them. So such
/// text goes out as a <see cref="Text"/> renderable, which Spectre never parses; only our own styling is markup.
/// </summary>
internal static class ProgramText
{
    /// <summary>Our markup, then the program's text verbatim (in <paramref name="style"/>), then more of our markup, as one line.</summary>
    public static void Line(IAnsiConsole console, string markupBefore, string text, Style? style = null, string markupAfter = "")
    {
        if (markupBefore.Length > 0)
        {
            console.Markup(markupBefore);
        }

        console.Write(new Text(text, style ?? Style.Plain));
        if (markupAfter.Length > 0)
        {
            console.Markup(markupAfter);
        }

        console.WriteLine();
    }

    /// <summary>A table cell or renderable holding the program's text verbatim.</summary>
    public static IRenderable Cell(string text, Style? style = null) => new Text(text, style ?? Style.Plain);

    /// <summary>A row of plain cells (numbers and program text alike), for <c>Table.AddRow</c>.</summary>
    public static IRenderable[] Row(IEnumerable<string> cells) => [.. cells.Select(c => Cell(c))];
}
