using RaceLab.Check;
using RaceLab.Check.Findings;
using RaceLab.Check.Reporting;
using RaceLab.Python;
using RaceLab.Python.Bytecode;
using Spectre.Console;

namespace RaceLab.Cli.Commands.Check;

/// <summary>
/// Runs <c>racelab check</c> and maps its result onto the exit-code contract: 2 when a file could not be
/// analysed (the others are still reported), 1 when findings remain (unless --exit-zero), else 0.
/// </summary>
internal static class CheckHandler
{
    public static int Execute(CheckSettings settings, IAnsiConsole console, Func<string, string, PythonVersion, CodeObject> compile)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(console);
        var result = CheckRunner.Run(settings.Resolve(), compile);
        var output = console.Profile.Out.Writer;
        switch (settings.Format)
        {
            case "json":
                JsonReport.Write(output, result);
                break;
            case "sarif":
                SarifReport.Write(output, result, typeof(CheckHandler).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
                break;
            case "github":
                GithubAnnotations.Write(output, result);
                break;
            default:
                CheckTextReport.Write(console, result);
                break;
        }

        return ExitCode(result, settings.ExitZero);
    }

    private static int ExitCode(CheckResult result, bool exitZero) =>
        result.Errors.Any() ? ExitCodes.UsageError
        : result.Reported.Any() && !exitZero ? ExitCodes.CheckFailed
        : ExitCodes.Ok;
}
