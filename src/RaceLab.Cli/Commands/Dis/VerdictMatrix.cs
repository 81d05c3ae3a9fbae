using RaceLab.Python;
using RaceLab.Python.Bytecode;
using RaceLab.Python.Disassembly;
using Spectre.Console;

namespace RaceLab.Cli.Commands.Dis;

/// <summary>
/// With <c>--python all --switch-points</c>: one row per read-modify-write window (function, variable, line),
/// one column per version plus free-threaded 3.13t — CPYTHON-GIL.md's consequences table, for this program.
/// </summary>
internal static class VerdictMatrix
{
    public static void Render(IAnsiConsole console, IReadOnlyList<(CodeObject Module, IReadOnlyList<CodeObject> Codes)> selections, bool includeModule)
    {
        var rows = new List<(string Function, string Variable, int? Line)>();
        var cells = new Dictionary<(string, string, int?), Dictionary<PythonVersion, UpdateWindow>>();
        foreach (var (module, codes) in selections)
        {
            var shown = codes.SelectMany(c => (IEnumerable<CodeObject>)[c, .. CodeSelection.All(c)]).ToHashSet();
            foreach (var analysis in SwitchPointAnalyzer.Analyze(module).CodeObjects)
            {
                if (!shown.Contains(analysis.Code) && !(includeModule && ReferenceEquals(analysis.Code, module)))
                {
                    continue;
                }

                foreach (var window in analysis.Windows)
                {
                    var key = (analysis.Code.QualifiedName, window.Variable, LineTable.LineAt(analysis.Code, window.Load.Offset));
                    if (!cells.TryGetValue(key, out var byVersion))
                    {
                        rows.Add(key);
                        cells[key] = byVersion = [];
                    }

                    byVersion.TryAdd(module.Version, window);
                }
            }
        }

        if (rows.Count == 0)
        {
            return;
        }

        var versions = selections.Select(s => s.Module.Version).ToList();
        if (console.Profile.Capabilities.Ansi)
        {
            RenderTable(console, rows, cells, versions);
        }
        else
        {
            RenderPlain(console, rows, cells, versions);
        }
    }

    private static void RenderTable(
        IAnsiConsole console, List<(string, string, int?)> rows, Dictionary<(string, string, int?), Dictionary<PythonVersion, UpdateWindow>> cells, List<PythonVersion> versions)
    {
        var table = new Table().Title("[bold]Can updates be lost? (per read-modify-write window)[/]");
        table.AddColumn("window");
        foreach (var version in versions)
        {
            table.AddColumn(new TableColumn(version.Label()).Centered());
        }

        table.AddColumn(new TableColumn("3.13t").Centered());
        foreach (var row in rows)
        {
            var windows = cells[row];
            var markup = new List<string> { Markup.Escape(Label(row)) };
            markup.AddRange(versions.Select(v => windows.TryGetValue(v, out var w) ? Cell(w) : "[grey]-[/]"));
            markup.Add(windows.Values.First().Verdict.LosesFreeThreaded ? "[red]loses[/]" : "[green]locked[/]");
            table.AddRow(markup.ToArray());
        }

        console.Write(table);
        console.MarkupLine("[grey]safe* = no check point inside the window on that version: an implementation detail, not a guarantee[/]");
    }

    private static void RenderPlain(
        IAnsiConsole console, List<(string, string, int?)> rows, Dictionary<(string, string, int?), Dictionary<PythonVersion, UpdateWindow>> cells, List<PythonVersion> versions)
    {
        var labels = rows.Select(Label).ToList();
        var width = Math.Max("window".Length, labels.Max(l => l.Length));
        var writer = console.Profile.Out.Writer;
        writer.Write("Can updates be lost? (per read-modify-write window)\n");
        writer.Write("window".PadRight(width) + string.Concat(versions.Select(v => "  " + v.Label().PadRight(6))) + "  3.13t\n");
        for (var i = 0; i < rows.Count; i++)
        {
            var windows = cells[rows[i]];
            var line = labels[i].PadRight(width)
                + string.Concat(versions.Select(v => "  " + (windows.TryGetValue(v, out var w) ? Word(w) : "-").PadRight(6)))
                + "  " + (windows.Values.First().Verdict.LosesFreeThreaded ? "loses" : "locked");
            writer.Write(line.TrimEnd() + "\n");
        }

        writer.Write("safe* = no check point inside the window on that version: an implementation detail, not a guarantee\n");
    }

    private static string Label((string Function, string Variable, int? Line) row) =>
        $"{row.Function}: {row.Variable} (line {row.Line?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"})";

    private static string Word(UpdateWindow window) =>
        window.Lock is not null ? "locked" : window.Verdict.LosesWithGil ? "loses" : "safe*";

    private static string Cell(UpdateWindow window) => Word(window) switch
    {
        "locked" => "[green]locked[/]",
        "loses" => "[red]loses[/]",
        _ => "[yellow]safe*[/]",
    };
}
