using System.Globalization;
using RaceLab.Cli.Infrastructure;
using RaceLab.Python;
using RaceLab.Python.Bytecode;
using RaceLab.Python.Disassembly;
using Spectre.Console;

namespace RaceLab.Cli.Commands.Dis;

/// <summary>Writing the view: Spectre markup in colour on a terminal, raw ASCII lines when redirected.</summary>
internal sealed partial class SwitchPointView
{
    private static readonly Spectre.Console.Style Bold = new(decoration: Decoration.Bold);

    private void Heading(PythonVersion version)
    {
        var label = version.Label();
        if (_rich)
        {
            console.MarkupLine($"[bold]CPython {label}[/] — [red]◆[/] the GIL may change hands here, [grey]◇[/] it cannot; [yellow]┌│└[/] a read-modify-write window from load to store");
        }
        else
        {
            Raw($"=== CPython {label} ===  (* the GIL may change hands here; - it cannot; /|\\ a read-modify-write window from load to store)");
        }
    }

    private void Line(string text, Style style)
    {
        if (_rich)
        {
            ProgramText.Line(console, string.Empty, text, style == Style.Header ? Bold : Spectre.Console.Style.Plain);
        }
        else
        {
            Raw(text);
        }
    }

    private void Instruction(GutterMark gutter, UpdateWindow? window, string text, IReadOnlyList<CheckPoint> points, CodeSwitchPoints analysis)
    {
        var tags = points.Select(p => (p.Polls, Text: Tag(p, analysis))).ToList();
        if (!_rich)
        {
            var mark = gutter switch { GutterMark.Top => "/ ", GutterMark.Middle => "| ", GutterMark.Bottom => "\\ ", _ => "  " };
            var notes = string.Join("; ", tags.Select(t => (t.Polls ? "* " : "- ") + t.Text));
            Raw((mark + text + (notes.Length > 0 ? "  " + notes : "")).TrimEnd());
            return;
        }

        var colour = Colour(window);
        var glyph = gutter switch { GutterMark.Top => "┌ ", GutterMark.Middle => "│ ", GutterMark.Bottom => "└ ", _ => "  " };
        var inside = gutter is GutterMark.Top or GutterMark.Middle;
        var rendered = string.Join("  ", tags.Select(t => t.Polls
            ? $"[{(inside ? "red" : "yellow")}]◆ {Markup.Escape(t.Text)}[/]"
            : $"[grey]◇ {Markup.Escape(t.Text)}[/]"));
        ProgramText.Line(console, $"[{colour}]{glyph}[/]", rendered.Length > 0 ? text + "  " : text.TrimEnd(), markupAfter: rendered);
    }

    private void Verdict(CodeObject code, UpdateWindow window)
    {
        var loadLine = LineTable.LineAt(code, window.Load.Offset);
        var where = string.Create(CultureInfo.InvariantCulture,
            $"`{window.Variable}`, line {loadLine?.ToString(CultureInfo.InvariantCulture) ?? "?"}, {window.Load.OpName} @{window.Load.Offset} .. {window.Store.OpName} @{window.Store.Offset}");
        var status = Status(window);
        if (_rich)
        {
            ProgramText.Line(console, $"  [{Colour(window)}]{status}[/] ", $"{where}: {window.Verdict.Text}");
        }
        else
        {
            Raw($"  => [{status}] {where}: {window.Verdict.Text}");
        }
    }

    private void Summary(PythonVersion version, IReadOnlyList<UpdateWindow> windows)
    {
        var loses = windows.Count(w => w.Verdict.LosesWithGil);
        var locked = windows.Count(w => w.Lock is not null);
        var detail = windows.Count - loses - locked;
        var text = string.Create(CultureInfo.InvariantCulture,
            $"CPython {version.Label()}: {windows.Count} read-modify-write window(s) of shared variables: {loses} can lose updates, {detail} safe only by an implementation detail of this version, {locked} protected by a lock; free-threaded 3.13t: {windows.Count(w => w.Verdict.LosesFreeThreaded)} unprotected");
        if (_rich)
        {
            ProgramText.Line(console, string.Empty, text, Bold);
        }
        else
        {
            Raw(text);
        }

        Line("", Style.Plain);
    }

    private static string Status(UpdateWindow window) =>
        window.Lock is not null ? "PROTECTED"
        : window.Verdict.LosesWithGil ? (window.CheckThenAct ? "CHECK-THEN-ACT RACE" : "CAN LOSE UPDATES")
        : "SAFE BY DETAIL";

    private static string Colour(UpdateWindow? window) => window switch
    {
        null => "default",
        { Lock: not null } => "green",
        { Verdict.LosesWithGil: true } => "red",
        _ => "yellow",
    };

    private void Raw(string text)
    {
        console.Profile.Out.Writer.Write(text);
        console.Profile.Out.Writer.Write('\n');
    }
}
