namespace RaceLab.Python.Vm.Interpreter;

/// <summary>
/// The order in which stdout's and stderr's lines were completed, run-length encoded, so a report can show a
/// thread's traceback where it happened among the printed lines (a terminal shows them interleaved), not after
/// all of them. Stdout and stderr themselves stay separate streams.
/// </summary>
internal sealed class StreamOrder
{
    private readonly List<(bool IsError, int Lines)> _runs = [];

    public IReadOnlyList<(bool IsError, int Lines)> Runs => _runs;

    public void Note(bool isError, string text)
    {
        var lines = text.AsSpan().Count('\n');
        if (lines == 0)
        {
            return;
        }

        if (_runs.Count > 0 && _runs[^1].IsError == isError)
        {
            _runs[^1] = (isError, _runs[^1].Lines + lines);
        }
        else
        {
            _runs.Add((isError, lines));
        }
    }

    public void CopyFrom(StreamOrder source)
    {
        _runs.Clear();
        _runs.AddRange(source._runs);
    }

    /// <summary>Both streams' lines in the order they were completed; unfinished last lines come at the end.</summary>
    public IReadOnlyList<Simulation.OutputLine> Merge(IReadOnlyList<string> output, IReadOnlyList<string> errors)
    {
        var merged = new List<Simulation.OutputLine>(output.Count + errors.Count);
        int o = 0, e = 0;
        foreach (var (isError, lines) in _runs)
        {
            for (var i = 0; i < lines; i++)
            {
                if (isError && e < errors.Count)
                {
                    merged.Add(new(true, errors[e++]));
                }
                else if (!isError && o < output.Count)
                {
                    merged.Add(new(false, output[o++]));
                }
            }
        }

        merged.AddRange(output.Skip(o).Select(line => new Simulation.OutputLine(false, line)));
        merged.AddRange(errors.Skip(e).Select(line => new Simulation.OutputLine(true, line)));
        return merged;
    }
}
