using RaceLab.Python.Vm.Simulation;

namespace RaceLab.Cli.Commands.Sim;

/// <summary>One simulated trial of one version.</summary>
internal sealed record SimRun(SimTarget Target, int Trial, SimulationResult Result)
{
    /// <summary>The last integer the program printed (stdout, then the assertion's message), as the note reads it.</summary>
    public long? Final => LastInteger(Result.Output) ?? LastInteger(Result.ErrorOutput);

    private static long? LastInteger(IReadOnlyList<string> lines)
    {
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            var match = System.Text.RegularExpressions.Regex.Match(lines[i].Trim(), @"(-?\d+)\s*$");
            if (match.Success && long.TryParse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }
        }

        return null;
    }
}
