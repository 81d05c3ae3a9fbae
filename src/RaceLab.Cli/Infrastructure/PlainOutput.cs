using Spectre.Console;

namespace RaceLab.Cli.Infrastructure;

/// <summary>
/// Writes simple lines and tables straight to the console's writer when Spectre would print exactly that
/// text: no ANSI (redirected output, captured consoles), markup with plain style tags only, characters one
/// cell wide, every piece within the width. Anything else goes through Spectre. Why: a short sim's report
/// (a few lines and one table) cost ~0.1 s of CPU, nearly all of it jitting and first calls of Spectre's
/// markup parser, paragraph layout and table measurer (bench/README.md, "Start-up without jitting").
/// </summary>
internal sealed class PlainOutput
{
    private readonly IAnsiConsole _console;
    private readonly TextWriter? _writer;
    private readonly int _width;
    private readonly bool _unicode;

    private PlainOutput(IAnsiConsole console)
    {
        _console = console;
        var profile = console.Profile;
        _writer = profile.Capabilities.Ansi ? null : profile.Out.Writer;
        _width = profile.Width;
        _unicode = profile.Capabilities.Unicode;
    }

    public static PlainOutput For(IAnsiConsole console) => new(console);

    /// <summary>As <see cref="AnsiConsoleExtensions.MarkupLine(IAnsiConsole, string)"/>.</summary>
    public void MarkupLine(string markup)
    {
        if (_writer is not null && Fits(PlainMarkup.Text(markup)) is { } text)
        {
            _writer.Write(text);
            _writer.Write(Environment.NewLine);
            return;
        }

        _console.MarkupLine(markup);
    }

    /// <summary>
    /// As <see cref="ProgramText.Line"/>: our markup, then the program's text verbatim (in <paramref name="style"/>,
    /// which a plain writer has no use for); Spectre lays each piece out alone.
    /// </summary>
    public void PrefixedTextLine(string prefixMarkup, string text, Style? style = null)
    {
        if (_writer is not null && Fits(PlainMarkup.Text(prefixMarkup)) is { } prefix && Fits(text) is { } plain)
        {
            _writer.Write(prefix);
            _writer.Write(plain);
            _writer.Write(Environment.NewLine);
            return;
        }

        ProgramText.Line(_console, prefixMarkup, text, style);
    }

    public void WriteLine()
    {
        if (_writer is not null)
        {
            _writer.Write(Environment.NewLine);
            return;
        }

        _console.WriteLine();
    }

    /// <summary>A titled table of plain cells, as Spectre's default <see cref="Table"/> draws it (square border, left-aligned, padding 1).</summary>
    public void Table(string title, string[] headers, IReadOnlyList<string[]> rows)
    {
        if (_writer is not null && _unicode && PlainTable.Render(title, headers, rows, _width) is { } text)
        {
            _writer.Write(text);
            return;
        }

        var table = new Table().Title(Markup.Escape(title)).AddColumns([.. headers.Select(Markup.Escape)]);
        foreach (var row in rows)
        {
            table.AddRow(ProgramText.Row(row));
        }

        _console.Write(table);
    }

    private string? Fits(string? text) => text is not null && text.Length <= _width && PlainMarkup.OneCellEach(text) ? text : null;
}
