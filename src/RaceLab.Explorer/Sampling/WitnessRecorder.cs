using RaceLab.Explorer.Engine;
using RaceLab.Explorer.Machines;

namespace RaceLab.Explorer.Sampling;

/// <summary>Collects a replayed schedule's instructions as witness events, numbered by segment.</summary>
internal sealed class WitnessRecorder : IStepRecorder
{
    private int _step;
    private int _thread;

    public List<WitnessEvent> Events { get; } = [];

    public void Begin(int step, int thread)
    {
        _step = step;
        _thread = thread;
    }

    public void Record(string instruction, int line, string? access) =>
        Events.Add(new WitnessEvent(_step, _thread, instruction, line, access));
}
