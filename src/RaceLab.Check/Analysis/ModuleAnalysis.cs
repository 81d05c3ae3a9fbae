using RaceLab.Check.Targets;
using RaceLab.Python;
using RaceLab.Python.Disassembly;

namespace RaceLab.Check.Analysis;

/// <summary>One file's switch-point analysis for every release the selected targets need, and its source map.</summary>
internal sealed record ModuleAnalysis(
    string Path,
    IReadOnlyList<CheckTarget> Targets,
    IReadOnlyDictionary<PythonVersion, SwitchPointReport> Reports,
    SourceMap Source);
