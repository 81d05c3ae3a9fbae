using RaceLab.Python.Vm.Values;

namespace RaceLab.Explorer.Python;

public sealed partial class PythonMachine
{
    /// <summary>log10 of a run's state-count estimate (see <see cref="Sampling.SizeEstimate"/>).</summary>
    internal static double Log10States(LiveRun live)
    {
        var log = 0.0;
        foreach (var thread in live.Threads)
        {
            log += Math.Log10(thread.Instructions + 1.0);
        }

        // Threads running one function are interchangeable: k of them divide the count by k!.
        foreach (var alike in live.Threads.GroupBy(t => t.Object?.Target.Ref is PyFunction f ? (object)f.Code : t))
        {
            for (var k = 2; k <= alike.Count(); k++)
            {
                log -= Math.Log10(k);
            }
        }

        return Math.Max(0, log);
    }
}
