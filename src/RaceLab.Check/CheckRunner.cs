using RaceLab.Check.Analysis;
using RaceLab.Check.Configuration;
using RaceLab.Check.Discovery;
using RaceLab.Check.Findings;
using RaceLab.Python;
using RaceLab.Python.Bytecode;

namespace RaceLab.Check;

/// <summary>
/// Runs racelab check: finds the files, checks them in parallel (each compiled once per release the targets
/// need, analysis only, no simulation) and returns their results in path order whatever the scheduling.
/// </summary>
public static class CheckRunner
{
    public static CheckResult Run(CheckRequest request, Func<string, string, PythonVersion, CodeObject> compile)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(compile);
        var (files, problems) = SourceFiles.Expand(request.Paths, request.Excludes);
        var checker = new FileChecker(request.Targets, request.Selection, compile);
        var results = new FileResult[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => results[i] = checker.Check(files[i]));
        var absent = problems.Select(p => new FileResult(p.Path, 0, [], new FileError(p.Path, 1, 1, p.Problem)));
        return new CheckResult([.. absent, .. results], request.Targets, request.Selection.EnabledRules());
    }
}
