using RaceLab.Check.Configuration;
using RaceLab.Check.Findings;
using RaceLab.Check.Rules;
using RaceLab.Check.Targets;
using RaceLab.Python;
using RaceLab.Python.Bytecode;
using RaceLab.Python.Disassembly;
using RaceLab.Python.Syntax;

namespace RaceLab.Check.Analysis;

/// <summary>
/// Checks one file: compiles it once per release the targets need (3.13t shares 3.13's bytecode), runs the
/// switch-point analysis, turns it into findings and applies the file's suppression comments. A file that
/// cannot be analysed becomes a <see cref="FileError"/> at the place CPython's compiler would name.
/// </summary>
internal sealed class FileChecker(
    IReadOnlyList<CheckTarget> targets,
    RuleSelection selection,
    Func<string, string, PythonVersion, CodeObject> compile)
{
    private static readonly IModuleRule[] Rules = [new WindowRule(), new LockOrderRule(), new LockReleaseRule()];

    public FileResult Check(string path)
    {
        string source;
        try
        {
            source = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Failed(path, 0, 1, 1, $"cannot read the file: {exception.Message}");
        }

        var lineCount = CountLines(source);
        try
        {
            var reports = new Dictionary<PythonVersion, SwitchPointReport>();
            foreach (var version in targets.Select(t => t.Version).Distinct())
            {
                reports[version] = SwitchPointAnalyzer.Analyze(compile(source, path, version));
            }

            var map = new SourceMap(source, PythonParser.Parse(source, path));
            var module = new ModuleAnalysis(path, targets, reports, map);
            var suppressions = new SuppressionComments(map, lineCount);
            var findings = Rules.SelectMany(r => r.Check(module))
                .Where(f => selection.Enables(f.Rule.Code))
                .Select(f => f with { Suppressed = suppressions.Silences(f) })
                .OrderBy(f => f.Location.Line).ThenBy(f => f.Location.Column).ThenBy(f => f.Rule.Code, StringComparer.Ordinal)
                .ToList();
            return new FileResult(path, lineCount, findings, null);
        }
        catch (PythonSyntaxException exception)
        {
            return Failed(path, lineCount, exception.Line, exception.Column, exception.Message);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // One file's surprise must not hide the findings of the others.
            return Failed(path, lineCount, 1, 1,
                $"cannot analyse this file ({exception.GetType().Name}: {exception.Message}; this is a bug in racelab, please report it)");
        }
    }

    private static FileResult Failed(string path, int lines, int line, int column, string message) =>
        new(path, lines, [], new FileError(path, line, column, message));

    private static int CountLines(string source)
    {
        if (source.Length == 0)
        {
            return 0;
        }

        var lines = source.Count(c => c == '\n');
        return source[^1] == '\n' ? lines : lines + 1;
    }
}
