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
            if (TrailingInteger(lines[i].Trim()) is { } digits
                && long.TryParse(digits, System.Globalization.CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>
    /// What <c>(-?\d+)\s*$</c> captures in a trimmed line: its trailing digits (\d: any decimal digit, as
    /// char.IsDigit), with the minus sign before them. Scanned by hand: building the regex was a measurable
    /// part of a short sim's start-up.
    /// </summary>
    private static string? TrailingInteger(string line)
    {
        var start = line.Length;
        while (start > 0 && char.IsDigit(line[start - 1]))
        {
            start--;
        }

        if (start == line.Length)
        {
            return null;
        }

        return start > 0 && line[start - 1] == '-' ? line[(start - 1)..] : line[start..];
    }
}
