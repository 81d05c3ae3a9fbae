using RaceLab.Explorer.Machines;
using RaceLab.Explorer.Python;
using RaceLab.Python.Vm.Interpreter;
using RaceLab.Python.Vm.Threading;

namespace RaceLab.Explorer.Sampling;

/// <summary>
/// One schedule being run: the decisions (the strategy's, or round robin once the run is long), the
/// preemptions and the recorded segments. Decides both for <see cref="ScheduleRunner"/>, between segments,
/// and inside the VM's dispatch loop at each check point (<see cref="ICheckPointSwitch"/>), where a switch
/// to a thread that can run at once needs none of the runner's work: the same decisions in the same order
/// either way, so a seed gives the same schedule, and the segments replay as before.
/// </summary>
internal sealed class ScheduleInProgress : ICheckPointSwitch
{
    private readonly PythonMachine _machine;
    private readonly LiveRun _live;
    // The strategy's Next as a delegate: one interface call site sees the probe's strategy and then the
    // schedules' in one process, and its dispatch stub then searched on each of millions of calls a run.
    private readonly Func<SchedulingPoint, SchedulingChoice> _strategy;
    private readonly RoundRobinStrategy _fair = new(PctStrategy.Quantum);
    private readonly SchedulingPoint _point;
    private readonly long _fairAfter;
    private readonly long _maxInstructions;
    private readonly CancellationToken _cancel;
    private readonly List<int>? _preempted;

    /// <summary>The strategy's decisions drawn in advance, which the dispatch loop takes while the runnable set holds (a random walk's).</summary>
    private readonly ChoiceTape? _tape;

    /// <summary>Where the tape stood when armed: its next entry, the instructions left, the thread running.</summary>
    private int _tapeArmedAt = -1;
    private long _tapeLeftWhenArmed;
    private int _tapeThreadWhenArmed;
    private List<Segment>? _segments;
    private SegmentEnd _lastEnd = SegmentEnd.Blocked;
    private int _current = -1;
    private int _preemptions;
    private long _executed;
    private long _decisions;

    /// <summary>The thread of the segment running, and its instruction count when the segment began.</summary>
    private int _segmentThread = -1;
    private long _segmentStart;

    /// <summary>A decision taken in the loop that the runner carries out (the loop left for it).</summary>
    private SchedulingChoice? _pending;

    /// <summary>The loop already counted the segment that ended where it left.</summary>
    private bool _accountedInLoop;

    public ScheduleInProgress(PythonMachine machine, LiveRun live, ISchedulingStrategy strategy, bool record, long fairAfter, long maxInstructions, CancellationToken cancel)
    {
        _machine = machine;
        _live = live;
        _strategy = strategy.Next;
        _point = new SchedulingPoint(machine, live);
        _segments = record ? [] : null;
        _preempted = record ? [] : null;
        _fairAfter = fairAfter;
        _maxInstructions = maxInstructions;
        _cancel = cancel;
        // Recording needs every segment's length, which only this class's own path writes down.
        _tape = record ? null : (strategy as RandomWalkStrategy)?.Tape;
    }

    /// <summary>Set once the schedule is over: true with <see cref="Result"/> (null when cancelled).</summary>
    public bool Over { get; private set; }

    public ScheduleRun? Result { get; private set; }

    /// <summary>The next choice, or null when the schedule is over.</summary>
    public SchedulingChoice? Decide()
    {
        TakeOverTape();
        if (_pending is { } pending)
        {
            _pending = null;
            return pending;
        }

        return Over ? null : DecideNow(inLoop: false);
    }

    /// <summary>The runner starts a segment of <paramref name="thread"/> (numbered <paramref name="index"/>).</summary>
    public void Begin(int index, SimThread thread)
    {
        TakeOverTape();
        _point.LeftLoop();
        _segmentThread = index;
        _segmentStart = thread.Instructions;
    }

    /// <summary>The runner's segment ended, on <paramref name="last"/> (another thread if the loop switched).</summary>
    public void Ended(SimThread last, SegmentEnd end)
    {
        TakeOverTape();
        if (_accountedInLoop)
        {
            _accountedInLoop = false;
            _lastEnd = end;
            return;
        }

        Account(last.Instructions - _segmentStart, end);
    }

    public SimThread? AtCheckPoint(SimThread running)
    {
        TakeOverTape();
        Account(running.Instructions - _segmentStart, SegmentEnd.SwitchPoint);
        _accountedInLoop = true;
        if (Over || DecideNow(inLoop: true) is not { } choice)
        {
            return null;
        }

        if (choice.AtLeast <= 1)
        {
            var next = _live.Threads[choice.Thread];
            if (next == running || _live.Machine.SwitchInLoop(running, next))
            {
                _segmentThread = choice.Thread;
                _segmentStart = next.Instructions;
                _accountedInLoop = false;
                ArmTape();
                return next;
            }
        }

        _pending = choice;
        return null;
    }

    /// <summary>
    /// Lets the dispatch loop take the tape's next decisions itself, where this class would have taken the same:
    /// the strategy (not round robin) decides, the runnable set stays as it is until the loop is left or a
    /// thread begins, and the loop stops before the instruction limits, where this class decides again.
    /// </summary>
    private void ArmTape()
    {
        if (_tape is null || Over || _executed >= _fairAfter || !_point.IsSettled)
        {
            return;
        }

        _tape.Live = _live.Threads;
        _tape.ThreadCount = _live.Threads.Count;
        _tape.InstructionsLeft = _tapeLeftWhenArmed = Math.Min(_fairAfter, _maxInstructions) - _executed;
        _tape.SegmentStart = _segmentStart;
        _tapeArmedAt = _tape.Next;
        _tapeThreadWhenArmed = _segmentThread;
        _live.Machine.Tape = _tape;
    }

    /// <summary>Counts the decisions the dispatch loop took from the tape as <see cref="AtCheckPoint"/> would have counted them.</summary>
    private void TakeOverTape()
    {
        var tape = _tape;
        if (tape is null || _tapeArmedAt < 0)
        {
            return;
        }

        var taken = tape.Threads.AsSpan(_tapeArmedAt, tape.Next - _tapeArmedAt);
        if (taken.Length > 0)
        {
            var running = _tapeThreadWhenArmed;
            foreach (var thread in taken)
            {
                _preemptions += thread != running ? 1 : 0;
                _current = running;
                running = thread;
            }

            _decisions += taken.Length;
            _executed += _tapeLeftWhenArmed - tape.InstructionsLeft;
            _segmentThread = running;
            _segmentStart = tape.SegmentStart;
            _lastEnd = SegmentEnd.SwitchPoint;
            _accountedInLoop = false;
            _point.ForgetFootprints();
        }

        // Until a decision of this class re-arms it (a switch it made in the loop).
        _tapeArmedAt = -1;
        _live.Machine.Tape = null;
    }

    private SchedulingChoice? DecideNow(bool inLoop)
    {
        _decisions++;
        if (inLoop)
        {
            _point.RefreshInLoop(_current, _executed);
        }
        else
        {
            _point.Refresh(_current, _executed);
        }

        if (_point.Enabled.Count == 0)
        {
            Finish(new ScheduleRun(_machine.OutcomeOf(_live), _preemptions, _executed, _live.Threads.Count, _segments)
            {
                Log10States = PythonMachine.Log10States(_live),
                PreemptedAfter = _preempted,
            });
            return null;
        }

        if (_executed >= _maxInstructions)
        {
            var stuck = _machine.OutcomeOf(_live);
            var error = $"{ScheduleRunner.DidNotEnd} {_maxInstructions:N0} instructions (a thread may spin forever under this schedule)";
            Finish(new ScheduleRun(new Outcome(stuck.Globals, stuck.Output, false, null, error), _preemptions, _executed, _live.Threads.Count, _segments)
            {
                Log10States = PythonMachine.Log10States(_live),
            });
            return null;
        }

        if ((_decisions & 1023) == 0 && _cancel.IsCancellationRequested)
        {
            Finish(null);
            return null;
        }

        var choice = _executed >= _fairAfter ? _fair.Next(_point) : _strategy(_point);
        // In the loop the thread that ran is still running, so it could have run on.
        if (_current >= 0 && choice.Thread != _current && (inLoop || _point.IsEnabled(_current)))
        {
            _preemptions++;
            _preempted?.Add(_segments!.Count - 1);
        }

        return choice;
    }

    private void Account(long ran, SegmentEnd end)
    {
        _point.Ran(_segmentThread);
        _executed += ran;
        if (_segments is not null)
        {
            _segments = Append(_segments, _segmentThread, ran, _current, _lastEnd);
            if (_segments is null)
            {
                // Too long to keep: the caller wanted the schedule, so the rest of the run is of no use.
                Finish(new ScheduleRun(_machine.OutcomeOf(_live), _preemptions, _executed, _live.Threads.Count, null));
            }
        }

        _current = _segmentThread;
        _lastEnd = end;
    }

    private void Finish(ScheduleRun? result)
    {
        Over = true;
        Result = result;
    }

    /// <summary>
    /// Adds a segment, merged into the last when the same thread ran on from a switch point (running on
    /// through a switch point is what the merged segment replays). Gives up past <see cref="ScheduleRunner.MaxRecordedSegments"/>.
    /// </summary>
    private static List<Segment>? Append(List<Segment> segments, int thread, long ran, int last, SegmentEnd lastEnd)
    {
        if (thread == last && lastEnd == SegmentEnd.SwitchPoint && segments.Count > 0)
        {
            segments[^1] = segments[^1] with { Instructions = segments[^1].Instructions + ran };
            return segments;
        }

        if (segments.Count == ScheduleRunner.MaxRecordedSegments)
        {
            return null;
        }

        segments.Add(new Segment(thread, ran));
        return segments;
    }
}
