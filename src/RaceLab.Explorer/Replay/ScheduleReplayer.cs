using RaceLab.Explorer.Engine;
using RaceLab.Explorer.Machines;

namespace RaceLab.Explorer.Replay;

/// <summary>
/// Runs a machine along a given schedule (the thread to run at each scheduling step), exactly as the explorer
/// stepped it, and records every instruction: the execution trace that reproduces an outcome.
/// </summary>
public sealed class ScheduleReplayer<TState>
    where TState : class
{
    private readonly IExplorableMachine<TState> _machine;
    private readonly ExplorationOptions _options;

    public ScheduleReplayer(IExplorableMachine<TState> machine, ExplorationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(machine);
        _machine = machine;
        _options = options ?? new ExplorationOptions();
    }

    /// <summary>Replays the schedule to its final state.</summary>
    /// <exception cref="ScheduleException">The schedule names a thread that cannot run, or ends early.</exception>
    public ReplayResult Replay(IReadOnlyList<int> schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var state = _machine.CreateInitialState();
        var recorder = new EventRecorder();
        var preemptions = 0;
        var last = -1;
        for (var step = 0; step < schedule.Count; step++)
        {
            var thread = schedule[step];
            if (thread < 0 || thread >= _machine.ThreadCount(state) || !_machine.IsEnabled(state, thread))
            {
                throw new ScheduleException(
                    $"schedule step {step + 1}: thread {thread} cannot run there (enabled: {DescribeEnabled(state)})");
            }

            if (last >= 0 && last != thread && _machine.IsEnabled(state, last))
            {
                preemptions++;
            }

            recorder.Begin(step + 1, thread);
            StateSpaceExplorer<TState>.RunStep(_machine, state, thread, _options.ReduceLocalSteps, recorder);
            last = thread;
        }

        if (Enabled(state).Any())
        {
            throw new ScheduleException(
                $"the schedule ends after {schedule.Count} steps but threads can still run (enabled: {DescribeEnabled(state)})");
        }

        var witness = new Witness([.. schedule], preemptions, recorder.Events);
        return new ReplayResult(_machine.GetOutcome(state), witness);
    }

    private IEnumerable<int> Enabled(TState state) =>
        Enumerable.Range(0, _machine.ThreadCount(state)).Where(t => _machine.IsEnabled(state, t));

    private string DescribeEnabled(TState state)
    {
        var enabled = Enabled(state).ToList();
        return enabled.Count == 0 ? "none" : string.Join(", ", enabled);
    }

    private sealed class EventRecorder : IStepRecorder
    {
        private int _step;
        private int _thread;

        public List<WitnessEvent> Events { get; } = [];

        public void Begin(int step, int thread)
        {
            _step = step;
            _thread = thread;
        }

        public void Continue(int thread) => _thread = thread;

        public void Record(string instruction, int line, string? access) =>
            Events.Add(new WitnessEvent(_step, _thread, instruction, line, access));
    }
}
