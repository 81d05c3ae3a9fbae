using RaceLab.Python;
using RaceLab.Python.Bytecode;
using RaceLab.Python.Disassembly;
using Spectre.Console;

namespace RaceLab.Cli.Commands.Dis;

/// <summary>
/// The <c>--switch-points</c> view: each listing line with the check points of its instruction, every
/// read-modify-write window bracketed from load to store, and a verdict per window. In colour on a terminal;
/// plain ASCII when the output is redirected.
/// </summary>
internal sealed partial class SwitchPointView(IAnsiConsole console)
{
    private readonly bool _rich = console.Profile.Capabilities.Ansi;

    public void Render(CodeObject module, IReadOnlyList<CodeObject> codes, bool includeModule)
    {
        var report = SwitchPointAnalyzer.Analyze(module);
        var analyses = report.CodeObjects.ToDictionary(c => c.Code);
        var shown = codes.SelectMany(c => (IEnumerable<CodeObject>)[c, .. CodeSelection.All(c)]).ToList();
        if (includeModule)
        {
            shown.Add(module);
        }

        // A listing line must never wrap: render as wide as the longest line needs, then restore the width.
        var width = console.Profile.Width;
        console.Profile.Width = Math.Max(width, 1000);
        try
        {
            Heading(module.Version);
            foreach (var code in shown)
            {
                RenderCode(analyses[code]);
            }

            Summary(module.Version, shown.SelectMany(c => analyses[c].Windows).ToList());
            foreach (var conflict in LockOrderHints.Find(report))
            {
                Line("Potential deadlock: " + conflict.Describe(), Style.Header);
            }
        }
        finally
        {
            console.Profile.Width = width;
        }
    }

    private void RenderCode(CodeSwitchPoints analysis)
    {
        var listing = Disassembler.Listing(analysis.Code);
        var width = listing.Where(l => l.Instruction is not null).Select(l => l.Text.Length).DefaultIfEmpty(0).Max();
        Line($"Disassembly of {analysis.Code.QualifiedName}:", Style.Header);
        for (var i = 0; i < listing.Count; i++)
        {
            var line = listing[i];
            var (window, gutter) = line.Instruction is { } instruction
                ? Bracket(analysis, instruction.Offset)
                : BlankBracket(analysis, listing.Skip(i + 1).FirstOrDefault(l => l.Instruction is not null)?.Instruction);
            var points = line.Instruction is { } current ? analysis.At(current.Offset) : [];
            Instruction(gutter, window, line.Text.PadRight(width), points, analysis);
        }

        foreach (var window in analysis.Windows)
        {
            Verdict(analysis.Code, window);
        }

        Line("", Style.Plain);
    }

    private static (UpdateWindow? Window, GutterMark Mark) Bracket(CodeSwitchPoints analysis, int offset)
    {
        var window = analysis.Windows.FirstOrDefault(w => w.Load.Offset <= offset && offset <= w.Store.Offset);
        if (window is null)
        {
            return (null, GutterMark.None);
        }

        var mark = offset == window.Load.Offset ? GutterMark.Top : offset == window.Store.Offset ? GutterMark.Bottom : GutterMark.Middle;
        return (window, mark);
    }

    // A blank line between source lines lies inside a window when the instruction after it does (and is not its load).
    private static (UpdateWindow? Window, GutterMark Mark) BlankBracket(CodeSwitchPoints analysis, Instruction? next)
    {
        var window = next is null ? null : analysis.Windows.FirstOrDefault(w => w.Load.Offset < next.Offset && next.Offset <= w.Store.Offset);
        return window is null ? (null, GutterMark.None) : (window, GutterMark.Middle);
    }

    private static string Tag(CheckPoint point, CodeSwitchPoints analysis)
    {
        var callee = analysis.Callees.TryGetValue(point.Offset, out var c) ? c.Describe() : "the callee";
        return point.Kind switch
        {
            CheckPointKind.AfterInstruction => "switch point: after this instruction",
            CheckPointKind.AfterInstructionUnlessBool when point.Polls => "switch point: after this (unless the operand is a bool)",
            CheckPointKind.AfterInstructionUnlessBool => "no switch: the operand is a bool",
            CheckPointKind.WhenJumpTaken => "switch point: when the jump is taken",
            CheckPointKind.BackwardJump => "switch point: backward jump",
            CheckPointKind.BeforeJump => "switch point: before jumping back",
            CheckPointKind.FrameEntry when point.IsBefore => "switch point: frame entry, before this instruction",
            CheckPointKind.FrameEntry => "switch point: frame entry",
            CheckPointKind.AfterCallReturns => $"switch point: after {callee} returns",
            CheckPointKind.CalleeFrameEntry => $"switch point: entry of {callee}",
            CheckPointKind.UnknownCallee => $"switch point: {callee} may run Python code",
            CheckPointKind.SpecializedNoPoll => $"no switch: {callee} specializes to a non-polling call after warm-up",
            _ => "no switch: " + point.Description,
        };
    }

    private enum GutterMark
    {
        None,
        Top,
        Middle,
        Bottom,
    }

    private enum Style
    {
        Plain,
        Header,
    }
}
