using RaceLab.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Testing;

namespace RaceLab.Cli.Tests.Infrastructure;

/// <summary>The plain path must print exactly what Spectre prints, so each case is checked against Spectre itself.</summary>
public sealed class PlainOutputTests
{
    private static readonly string[] Headers = ["Python", "trials", "final median", "sim s median"];

    private static TestConsole Console(int width)
    {
        var console = new TestConsole().Width(width);
        console.Profile.Capabilities.Unicode = true;
        return console;
    }

    private static string Spectre(int width, Action<IAnsiConsole> write)
    {
        var console = Console(width);
        write(console);
        return console.Output;
    }

    [Fact]
    public void Table_ThatFits_IsDrawnAsSpectreDrawsIt()
    {
        string[][] rows = [["3.9", "2", "199,990,000", "0.054"], ["3.13t", "10", "-", "12.345"]];

        var expected = Spectre(160, c =>
        {
            var table = new Table().Title("Summary").AddColumns(Headers);
            foreach (var row in rows)
            {
                table.AddRow(row);
            }

            c.Write(table);
        });

        Assert.Equal(expected, PlainTable.Render("Summary", Headers, rows, 160));
    }

    [Fact]
    public void Table_WiderThanTheConsole_IsLeftToSpectre()
    {
        Assert.Null(PlainTable.Render("Summary", Headers, [["3.9", "2", new string('9', 100), "0.054"]], 80));
    }

    [Fact]
    public void Table_WithWideCharacters_IsLeftToSpectre()
    {
        Assert.Null(PlainTable.Render("Summary", Headers, [["3.9", "2", "中文", "0.054"]], 160));
    }

    [Theory]
    [InlineData("[bold]racelab sim[/] prog.py: 1 trial(s) per version")]
    [InlineData("[bold]CPython 3.9[/] (model) · trial 1 · seed 1")]
    [InlineData("  [red]uncaught ValueError: x [[1]][/] (exit code 1)")]
    [InlineData("  [yellow]stopped after 3,000,000 instructions[/]")]
    public void MarkupLine_PrintsWhatSpectrePrints(string markup)
    {
        var expected = Spectre(160, c => c.MarkupLine(markup));
        var console = Console(160);

        PlainOutput.For(console).MarkupLine(markup);

        Assert.Equal(expected, console.Output);
    }

    [Theory]
    [InlineData("total 199990000")]
    [InlineData("a  b   ")]
    [InlineData("[bold]x[/] :warning: :smile:")]
    [InlineData("tab\there")]
    [InlineData("héllo ✓ 中文")]
    public void PrefixedTextLine_PrintsWhatSpectrePrints(string text)
    {
        var expected = Spectre(20, c =>
        {
            c.Markup("  [grey]│[/] ");
            c.Write(new Text(text));
            c.WriteLine();
        });
        var console = Console(20);

        PlainOutput.For(console).PrefixedTextLine("  [grey]│[/] ", text);

        Assert.Equal(expected, console.Output);
    }

    [Theory]
    [InlineData("[bold]a[/] [[b]]", "a [b]")]
    [InlineData("x: y", "x: y")]
    [InlineData(":smile: here", null)]
    [InlineData("[link=https://x]a[/]", null)]
    [InlineData("a ] b", null)]
    public void PlainMarkup_DropsOnlyPlainStyleTags(string markup, string? text)
    {
        Assert.Equal(text, PlainMarkup.Text(markup));
    }
}
