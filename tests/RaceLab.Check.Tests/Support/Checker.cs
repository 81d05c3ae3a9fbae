using RaceLab.Check.Configuration;
using RaceLab.Check.Findings;
using RaceLab.Python;

namespace RaceLab.Check.Tests.Support;

/// <summary>Runs the checker as the command does, on RaceLab's own compiler.</summary>
internal static class Checker
{
    public static CheckResult Run(IReadOnlyList<string> paths, string? targets = null, string[]? select = null, string[]? ignore = null,
        string[]? exclude = null, ProjectConfig? config = null) =>
        CheckRunner.Run(CheckOptions.Resolve(paths, targets, select ?? [], ignore ?? [], exclude ?? [], config), PythonCompiler.Compile);

    /// <summary>Checks one program written to a temporary file named prog.py.</summary>
    public static CheckResult Source(string source, string? targets = null, string[]? select = null)
    {
        using var tree = new TempTree();
        return Run([tree.Add("prog.py", source)], targets, select);
    }

    public static string Labels(Finding finding) => string.Join(",", finding.Targets.Select(t => t.Label));
}
