using RaceLab.Explorer.Python;

namespace RaceLab.Explorer.Sampling;

/// <summary>
/// Runs a program to its end under a strategy, each schedule on a fresh VM: the strategy picks a runnable
/// thread at each switch point and the VM's dispatch loop runs it to the next one it asked for. With a GIL at
/// bytecode granularity the decisions are taken inside the dispatch loop (<see cref="ScheduleInProgress"/>),
/// which leaves it only for what needs this loop: a thread that blocks, ends or begins, a longer stretch.
/// </summary>
internal sealed class ScheduleRunner(PythonMachine machine)
{
    /// <summary>Segments kept for one schedule at most (a random walk of a long program switches millions of times).</summary>
    public const int MaxRecordedSegments = 4_000_000;

    /// <summary>How the error of a schedule given up begins.</summary>
    public const string DidNotEnd = "did not end within";

    /// <summary>
    /// Runs one schedule. After <paramref name="fairAfter"/> instructions the rest runs round robin (a
    /// strategy's favourite spinning on a flag must let the others set it); after
    /// <paramref name="maxInstructions"/> the schedule ends as "did not end". Null when cancelled.
    /// </summary>
    public ScheduleRun? Run(ISchedulingStrategy strategy, bool record, long fairAfter, long maxInstructions, CancellationToken cancel)
    {
        var live = machine.StartSampledRun();
        var schedule = new ScheduleInProgress(machine, live, strategy, record, fairAfter, maxInstructions, cancel);
        if (!machine.SwitchesAnywhere)
        {
            live.Machine.CheckPointSwitch = schedule;
        }

        while (true)
        {
            if (schedule.Decide() is not { } choice)
            {
                return schedule.Result;
            }

            var target = live.Threads[choice.Thread];
            schedule.Begin(choice.Thread, target);
            _ = machine.RunSegment(live, target, choice.AtLeast, out var end, out var last);
            schedule.Ended(last, end);
            if (schedule.Over)
            {
                return schedule.Result;
            }
        }
    }
}
