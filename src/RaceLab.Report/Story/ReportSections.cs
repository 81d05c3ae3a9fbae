using System.Globalization;
using System.Xml.Linq;
using RaceLab.Report.Explore;
using RaceLab.Report.Sim;
using static RaceLab.Report.Svg.HtmlFragment;

namespace RaceLab.Report.Story;

/// <summary>The sections of the one-page report, in reading order: the answer first, then the evidence.</summary>
internal static class ReportSections
{
    public static string Answer(ReportModel model)
    {
        var list = El("ul", new XAttribute("class", "answers"));
        foreach (var version in model.Versions)
        {
            var loses = Answers.Loses(version, model.Findings);
            list.Add(El("li", new XAttribute("data-python", version.Python), new XAttribute("data-verdict", loses ? "loses" : "safe"),
                El("strong", $"Python {version.Python} "),
                El("span", new XAttribute("class", loses ? "verdict-lose" : "verdict-safe"), loses ? "loses updates." : "does not lose updates."),
                " " + Answers.Evidence(version, model.Findings, model.Bound)));
        }

        var lesson = model.Findings.Count > 0
            ? "Only a single bytecode is atomic, and where CPython may switch threads changed between versions: protect the update with a lock (with lock: count += 1) rather than rely on any version's switch points."
            : "RaceLab found no read-modify-write window of shared state in this program.";
        return ToHtml(list, El("p", lesson));
    }

    public static string Source(ReportModel model)
    {
        var marked = new Dictionary<int, WindowFinding>();
        foreach (var finding in model.Findings)
        {
            for (var line = finding.Line; line <= Math.Max(finding.Line, finding.EndLine); line++)
            {
                marked.TryAdd(line, finding);
            }
        }

        var pre = El("pre", new XAttribute("class", "source"));
        var lines = model.Source.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var number = i + 1;
            var row = El("span", new XAttribute("class", marked.ContainsKey(number) ? "line window-line" : "line"),
                El("span", new XAttribute("class", "line-number"), number.ToString(CultureInfo.InvariantCulture).PadLeft(3)),
                "  " + lines[i]);
            if (marked.TryGetValue(number, out var finding))
            {
                row.Add(new XAttribute("title", finding.Message));
                row.Add(El("span", new XAttribute("class", "window-note"), $"   ◀ {finding.Code}: can lose updates on {string.Join(", ", finding.Targets)}"));
            }

            pre.Add(row);
        }

        var notes = El("ul", model.Findings.Select(f => El("li", El("code", $"line {f.Line}"), $" {f.Code}: {f.Message}")));
        return ToHtml(pre, model.Findings.Count > 0 ? notes : El("p", "No read-modify-write window of shared state."));
    }

    public static string Verdicts(ReportModel model)
    {
        var table = El("table", new XAttribute("class", "verdicts"),
            El("tr", El("th", "window"), model.Versions.Select(v => El("th", v.Python))));
        foreach (var finding in model.Findings)
        {
            table.Add(El("tr", El("td", $"line {finding.Line} ({finding.Code})"),
                model.Versions.Select(v => finding.Targets.Contains(v.Python)
                    ? El("td", new XAttribute("class", "verdict-lose"), "can lose updates")
                    : El("td", new XAttribute("class", "verdict-safe"), "safe, by an implementation detail"))));
        }

        return ToHtml(table);
    }

    public static string Timelines(ReportModel model) =>
        string.Concat(model.Versions.SelectMany(v => v.Sims).Select((run, i) => SimSections.RunBlock(run, $"run-{i + 1}")));

    /// <summary>Each version's outcome chart, then the fewest-preemption witness of the first version that loses updates.</summary>
    public static string Explorations(ReportModel model)
    {
        var html = new List<string>();
        var versions = model.Versions.Where(v => v.Exploration is not null).ToArray();
        for (var i = 0; i < versions.Length; i++)
        {
            html.Add(ToHtml(El("h3", $"Python {versions[i].Python}")));
            html.Add(ExploreSections.Outcomes(versions[i].Exploration!, $"outcomes-{i + 1}"));
        }

        if (versions.FirstOrDefault(v => v.Exploration!.Result.AnomalyReachable) is { } first)
        {
            html.Add(ToHtml(El("h3", $"The shortest way to lose an update on Python {first.Python}")));
            html.Add(ExploreSections.FewestPreemptionWitness(first.Exploration!, "witness"));
        }

        return string.Concat(html);
    }

    public static string Disassembly(ReportModel model) =>
        ToHtml(El("div", new XAttribute("class", "dis-grid"),
            model.Disassembly.Select(d => El("div", El("h3", $"Python {d.Python}"), El("pre", new XAttribute("class", "dis"), d.Text)))));

    public static string Real(ReportModel model) =>
        ToHtml(El("table",
            El("tr", El("th", "python"), El("th", "interpreter"), El("th", "printed"), El("th", new XAttribute("class", "num"), "exit"), El("th", new XAttribute("class", "num"), "seconds")),
            model.Real.Select(r => El("tr", El("td", r.Python), El("td", r.Interpreter ?? r.Problem ?? "not found"), El("td", r.LastLine ?? string.Empty),
                El("td", new XAttribute("class", "num"), r.ExitCode?.ToString(CultureInfo.InvariantCulture) ?? string.Empty),
                El("td", new XAttribute("class", "num"), r.Seconds?.ToString("F2", CultureInfo.InvariantCulture) ?? string.Empty)))));
}
