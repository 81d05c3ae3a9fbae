using RaceLab.Report.Explore;
using RaceLab.Report.Sim;

namespace RaceLab.Report.Story;

/// <summary>Everything <c>racelab report</c> found about one program, per version, ready to draw.</summary>
public sealed record ReportModel
{
    public required string Program { get; init; }

    public required string Source { get; init; }

    /// <summary>The read-modify-write windows <c>racelab check</c> found (all targets together).</summary>
    public required IReadOnlyList<WindowFinding> Findings { get; init; }

    public required IReadOnlyList<VersionStory> Versions { get; init; }

    /// <summary><c>racelab dis --switch-points</c> per version, as it prints it.</summary>
    public required IReadOnlyList<(string Python, string Text)> Disassembly { get; init; }

    /// <summary>The real interpreters' runs (--real), or empty.</summary>
    public IReadOnlyList<RealInterpreterRun> Real { get; init; } = [];

    public int? Bound { get; init; }
}

/// <summary>One finding of <c>racelab check</c>: where, what, and the targets on which it can lose updates.</summary>
public sealed record WindowFinding(string Code, int Line, int EndLine, string Message, IReadOnlyList<string> Targets);

/// <summary>One version's evidence: simulated runs (with their timelines) and an exhaustive exploration at the bound.</summary>
public sealed record VersionStory(string Python, IReadOnlyList<SimRunView> Sims, ExploreView? Exploration);

/// <summary>A real CPython's run of the program, or why there was none.</summary>
public sealed record RealInterpreterRun(string Python, string? Interpreter, string? LastLine, int? ExitCode, double? Seconds, string? Problem);
