namespace RaceLab.Python.Vm.Tests.Programs;

/// <summary>
/// The real runs of one program on one CPython version, with the summary that check-corpus.py --sim holds
/// the simulator to: a program "loses" when any run's assertion failed; the spread of final values; the
/// median time.
/// </summary>
public sealed record RealRuns(PythonVersion Version, string Interpreter, IReadOnlyList<RealRun> Runs)
{
    public bool Loses => Runs.Any(r => !r.AssertOk);

    public long MinFinal => Finals.Min();

    public long MaxFinal => Finals.Max();

    public double MedianFinal => Median(Finals.Select(f => (double)f));

    public double MedianSeconds => Median(Runs.Select(r => r.Seconds));

    private IEnumerable<long> Finals => Runs.Where(r => r.Final is not null).Select(r => r.Final!.Value);

    // statistics.median: the middle value, or the mean of the two middle values.
    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            throw new InvalidOperationException("no values");
        }

        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
