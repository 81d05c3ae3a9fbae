using RaceLab.Report.Explore;
using RaceLab.Report.Pages;
using RaceLab.Report.Sim;

namespace RaceLab.Report.Story;

/// <summary>The page of <c>racelab report</c>: the whole story of one program across versions, the answer on its first screen.</summary>
public static class ReportPage
{
    public static string Html(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var bound = model.Bound is { } b ? $" (every loop bounded to {b} iterations)" : string.Empty;
        var sections = new List<PageSection>
        {
            new("answer", "Does it lose updates?", ReportSections.Answer(model)),
            new("source", "The program, its read-modify-write windows marked", ReportSections.Source(model)),
        };
        if (model.Findings.Count > 0)
        {
            sections.Add(new("verdicts", "Verdict per window and version", ReportSections.Verdicts(model)));
        }

        sections.Add(new("timelines", "Simulated runs: who held the GIL, and where updates were lost", ReportSections.Timelines(model)));
        sections.Add(new("interleavings", $"Every interleaving{bound}", ReportSections.Explorations(model)));
        sections.Add(new("bytecode", "The bytecode, with the switch points", ReportSections.Disassembly(model)));
        if (model.Real.Count > 0)
        {
            sections.Add(new("real", "Real interpreters", ReportSections.Real(model)));
        }

        return HtmlPage.Render($"Is {model.Program} safe?", "RaceLab's report: static windows, a simulated run per version on a model of CPython's interpreter and GIL, and every interleaving of a small version of the program.",
            sections,
            new ReportPageData(
                "report",
                model.Program,
                model.Source,
                model.Bound,
                model.Findings,
                model.Versions.Select(v => new VersionData(
                    v.Python,
                    Answers.Loses(v, model.Findings),
                    v.Sims.Select(SimTimelineData.Of),
                    v.Exploration is null ? null : ExploreData.Of(v.Exploration))),
                model.Real),
            PageJsonContext.Default.ReportPageData);
    }
}
