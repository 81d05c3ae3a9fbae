using RaceLab.Python.Vm.Interpreter;
using RaceLab.Python.Vm.Threading;

namespace RaceLab.Explorer.Sampling;

/// <summary>
/// A random walk: at every switch point a runnable thread, uniformly (Coyote's RandomStrategy). The choices
/// depend only on the runnable set, so they are drawn <see cref="TapeLength"/> at a time for the set the
/// walk was asked about (<see cref="Tape"/>, which the dispatch loop takes from while that set holds); a
/// different set discards the rest and draws afresh. Either way a seed gives one schedule.
/// </summary>
internal sealed class RandomWalkStrategy(ulong seed) : ISchedulingStrategy
{
    public const int TapeLength = 256;

    private readonly Xoshiro _random = new(seed);
    private readonly List<int> _drawnFor = [];

    public ChoiceTape Tape { get; } = new(TapeLength);

    public SchedulingChoice Next(SchedulingPoint point)
    {
        var tape = Tape;
        if (tape.Next >= tape.End || !SameSet(point.Enabled))
        {
            Draw(point.Enabled);
        }

        return new SchedulingChoice(tape.Threads[tape.Next++], 1);
    }

    private bool SameSet(List<int> enabled)
    {
        if (enabled.Count != _drawnFor.Count)
        {
            return false;
        }

        for (var i = 0; i < enabled.Count; i++)
        {
            if (enabled[i] != _drawnFor[i])
            {
                return false;
            }
        }

        return true;
    }

    private void Draw(List<int> enabled)
    {
        _drawnFor.Clear();
        _drawnFor.AddRange(enabled);
        var tape = Tape;
        for (var i = 0; i < tape.Threads.Length; i++)
        {
            tape.Threads[i] = enabled[_random.Below(enabled.Count)];
        }

        tape.Next = 0;
        tape.End = tape.Threads.Length;
    }
}
